package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A dataset's performances and attendance lines come on different topics, so two
 * transactions (two hub replicas, or two partition groups of one batch) may store a
 * performance and its lines at the same moment. Each reads the facts before the other
 * commits: unless they are serialised per dataset, the lines end up uncounted although
 * their performance is live. Many such pairs, started together, must leave every line
 * counted and the rollups equal to a recomputation.
 */
@QuarkusTest
class ConcurrentDatasetIngestionTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";

    @Inject
    RecordBatchProcessor processor;

    @Inject
    RollupCheck rollupCheck;

    @Test
    void aPerformanceAndItsLinesStoredAtOnceAreCounted() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 40; i++) {
            String performance = run + "-p" + i;
            List<IncomingRecord> performances = List.of(new IncomingRecord(Envelopes.performance(DATASET, ORG,
                    performance, 1, "2034-0" + (1 + i % 9) + "-10T20:00:00+01:00", "dance", 300), null, 0, null, -1, -1));
            List<IncomingRecord> lines = List.of(
                    new IncomingRecord(Envelopes.attendance(DATASET, ORG, performance + "-a", 1, performance, "full", 40,
                            80000, "59", 3), null, 0, null, -1, -1),
                    new IncomingRecord(Envelopes.attendance(DATASET, ORG, performance + "-b", 1, performance, "reduced",
                            12, 12000, "62", 1), null, 1, null, -1, -1));
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<List<IngestionOutcomes.Refusal>> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return processor.process(performances);
            });
            CompletableFuture<List<IngestionOutcomes.Refusal>> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return processor.process(lines);
            });
            start.countDown();
            assertThat(a.get()).isEmpty();
            assertThat(b.get()).isEmpty();
        }
        RollupCheck.Report report = rollupCheck.run();
        assertThat(report.misattributed()).as("lines counted without their performance, or the reverse").isZero();
        assertThat(report.differences()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
