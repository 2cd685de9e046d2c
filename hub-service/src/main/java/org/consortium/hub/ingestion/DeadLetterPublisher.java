package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Copies refused records to the dead-letter topic with the reasons in a header, after their
 * refusal is committed on the receipt (the receipt is the record of truth; the topic lets an
 * operator replay or inspect them).
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private final Emitter<String> emitter;

    public DeadLetterPublisher(@Channel("dead-letter-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                               Emitter<String> emitter) {
        this.emitter = emitter;
    }

    public void publish(List<IngestionOutcomes.Refusal> refusals) {
        CompletableFuture<?>[] sent = new CompletableFuture<?>[refusals.size()];
        for (int i = 0; i < refusals.size(); i++) {
            IngestionOutcomes.Refusal r = refusals.get(i);
            var headers = new RecordHeaders();
            headers.add(MessageHeaders.REJECTION_REASON,
                    String.join("; ", r.reasons()).getBytes(StandardCharsets.UTF_8));
            headers.add(MessageHeaders.RECEIPT_ID,
                    r.receiptId().getBytes(StandardCharsets.UTF_8));
            CompletableFuture<Void> done = new CompletableFuture<>();
            Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(r.datasetId()).withHeaders(headers).build());
            emitter.send(Message.of(r.envelope() == null ? "" : r.envelope(), metadata,
                    () -> {
                        done.complete(null);
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        done.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            sent[i] = done;
        }
        CompletableFuture.allOf(sent).join();
    }
}
