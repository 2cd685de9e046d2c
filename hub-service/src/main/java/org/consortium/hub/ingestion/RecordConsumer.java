package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes channel {@code records-in} (Kafka topics in production, the in-process bridge in
 * the embedded mode) batch by batch, the partitions of a batch split over
 * {@code hub.ingestion.parallel-transactions} transactions ({@link PartitionGroups}). A batch is acknowledged, so its offsets committed, only
 * after its database transaction committed. When the database is unreachable the consumer
 * waits and retries the same batch: consumption pauses and resumes without loss. A record
 * the database refuses for itself is isolated and refused with the reason, so one poison
 * record never stops ingestion.
 */
@ApplicationScoped
public class RecordConsumer {

    private static final Logger LOG = Logger.getLogger(RecordConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final RecordBatchProcessor processor;
    private final DeadLetterPublisher deadLetters;

    private final ManagedExecutor executor;
    private final int parallelTransactions;

    public RecordConsumer(RecordBatchProcessor processor, DeadLetterPublisher deadLetters, ManagedExecutor executor,
                          @ConfigProperty(name = "hub.ingestion.parallel-transactions") int parallelTransactions) {
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.executor = executor;
        this.parallelTransactions = parallelTransactions;
    }

    @Incoming("records-in")
    @Blocking
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        List<List<IncomingRecord>> groups = PartitionGroups.split(IncomingRecords.of(batch), parallelTransactions);
        List<IngestionOutcomes.Refusal> refused = new ArrayList<>();
        if (groups.size() == 1) {
            refused.addAll(processWithRetry(groups.get(0)));
        } else if (groups.size() > 1) {
            // One transaction per group of partitions, side by side; the batch is acknowledged
            // once all have committed. After a crash in between, the redelivered batch is
            // skipped partition by partition where it was committed (ConsumerOffsets).
            List<CompletableFuture<List<IngestionOutcomes.Refusal>>> running = groups.stream()
                    .map(g -> executor.supplyAsync(() -> processWithRetry(g))).toList();
            for (CompletableFuture<List<IngestionOutcomes.Refusal>> f : running) {
                refused.addAll(f.join());
            }
        }
        if (!refused.isEmpty()) {
            deadLetters.publish(refused);
        }
        return batch.ack();
    }

    private List<IngestionOutcomes.Refusal> processWithRetry(List<IncomingRecord> records) {
        long backoffMillis = 500;
        while (true) {
            try {
                return processor.process(records);
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    LOG.warnf("Database unavailable (%s); retrying %d records in %d ms", rootMessage(e),
                            records.size(), backoffMillis);
                    sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
                } else if (records.size() > 1) {
                    return processOneByOne(records);
                } else {
                    return List.of(unstorable(records.get(0), e));
                }
            }
        }
    }

    /** Finds the record the database refuses by applying the batch one record at a time. */
    private List<IngestionOutcomes.Refusal> processOneByOne(List<IncomingRecord> records) {
        List<IngestionOutcomes.Refusal> refused = new ArrayList<>();
        for (IncomingRecord r : records) {
            refused.addAll(processWithRetry(List.of(r)));
        }
        return refused;
    }

    private IngestionOutcomes.Refusal unstorable(IncomingRecord r, RuntimeException e) {
        LOG.errorf(e, "A record could not be stored (receipt %s, offset %d); it goes to the dead-letter topic",
                r.receiptId(), r.offset());
        // Counted on its receipt in a transaction of its own, so the refusal survives.
        IngestionOutcomes.Refusal refusal = new IngestionOutcomes.Refusal(r.receiptId() == null ? "direct-unstorable" : r.receiptId(),
                null, r.recordIndex(), null, List.of("the hub could not store this record; the operator has the details"),
                r.json());
        processor.recordRefusal(r, refusal);
        return refusal;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57")) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
