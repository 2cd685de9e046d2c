package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /**
     * A dead letter carries the refused record as it came, which may itself be close to the
     * broker's limit for one message (1 MiB by default, headers included): a copy that does not
     * fit is cut, with header {@code truncated-from} giving its full length, rather than failing
     * the consumer. The full refusal is on the receipt already.
     */
    static final int MAX_VALUE_BYTES = 1_000_000;

    /** Reasons are capped per record by the gate; this bounds the header whatever they say. */
    static final int MAX_REASON_BYTES = 16_384;

    /** The first {@code max} bytes (a character cut in two decodes as U+FFFD). */
    private static byte[] cut(byte[] bytes, int max) {
        return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }

    public void publish(List<IngestionOutcomes.Refusal> refusals) {
        CompletableFuture<?>[] sent = new CompletableFuture<?>[refusals.size()];
        for (int i = 0; i < refusals.size(); i++) {
            IngestionOutcomes.Refusal r = refusals.get(i);
            var headers = new RecordHeaders();
            byte[] reason = cut(String.join("; ", r.reasons()).getBytes(StandardCharsets.UTF_8), MAX_REASON_BYTES);
            headers.add(MessageHeaders.REJECTION_REASON, reason);
            headers.add(MessageHeaders.RECEIPT_ID,
                    r.receiptId().getBytes(StandardCharsets.UTF_8));
            byte[] envelope = (r.envelope() == null ? "" : r.envelope()).getBytes(StandardCharsets.UTF_8);
            if (envelope.length > MAX_VALUE_BYTES) {
                headers.add(MessageHeaders.TRUNCATED_FROM,
                        String.valueOf(envelope.length).getBytes(StandardCharsets.UTF_8));
                envelope = cut(envelope, MAX_VALUE_BYTES);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(r.datasetId()).withHeaders(headers).build());
            emitter.send(Message.of(new String(envelope, StandardCharsets.UTF_8), metadata,
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
