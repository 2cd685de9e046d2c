package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.consortium.hub.sdk.contract.ContractSchemas;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends record envelopes to channel {@code records-out}: to the record type's Kafka topic,
 * keyed by dataset so that a dataset's records stay in order, with the receipt id, the
 * record's index and the schema version in headers. The returned stage completes when the
 * broker has acknowledged the write (acks=all) or, in the embedded mode, when the
 * in-process consumer has stored it.
 */
@ApplicationScoped
public class RecordPublisher {

    private final Emitter<String> emitter;
    private final Map<String, String> topics;

    // A batch may hold max-records messages, sent before their acknowledgements are awaited:
    // the emitter must buffer them all (the body size limit and the worker pool bound memory).
    public RecordPublisher(@Channel("records-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) Emitter<String> emitter,
                           @ConfigProperty(name = "hub.topics.performance") String performanceTopic,
                           @ConfigProperty(name = "hub.topics.attendance") String attendanceTopic,
                           @ConfigProperty(name = "hub.topics.work") String workTopic) {
        this.emitter = emitter;
        this.topics = Map.of("performance", performanceTopic, "attendance", attendanceTopic, "work", workTopic);
    }

    public CompletionStage<Void> publish(String datasetId, String recordType, String envelopeJson) {
        return publish(datasetId, recordType, envelopeJson, null, null);
    }

    public CompletionStage<Void> publish(String datasetId, String recordType, String envelopeJson,
                                         String receiptId, Integer recordIndex) {
        String topic = topics.get(recordType);
        if (topic == null) {
            throw new IllegalArgumentException("Unknown record type '" + recordType + "'");
        }
        var headers = new RecordHeaders();
        headers.add(MessageHeaders.SCHEMA_VERSION,
                ContractSchemas.SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
        if (receiptId != null) {
            headers.add(MessageHeaders.RECEIPT_ID, receiptId.getBytes(StandardCharsets.UTF_8));
        }
        if (recordIndex != null) {
            headers.add(MessageHeaders.RECORD_INDEX,
                    recordIndex.toString().getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(datasetId).withHeaders(headers).build(),
                new ReceiptMetadata(receiptId, recordIndex));
        emitter.send(Message.of(envelopeJson, metadata,
                () -> {
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    done.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return done;
    }
}
