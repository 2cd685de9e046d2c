package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Unpacks a batch message of channel {@code records-in} into {@link IncomingRecord}s. */
final class IncomingRecords {

    private IncomingRecords() {
    }

    @SuppressWarnings("unchecked")
    static List<IncomingRecord> of(Message<List<String>> batch) {
        Optional<IncomingKafkaRecordBatchMetadata> kafka = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class);
        List<IncomingRecord> out = new ArrayList<>(batch.getPayload().size());
        if (kafka.isPresent()) {
            Iterable<ConsumerRecord<Object, Object>> records = kafka.get().getRecords();
            for (ConsumerRecord<Object, Object> r : records) {
                out.add(new IncomingRecord(r.value() == null ? null : r.value().toString(),
                        MessageHeaders.receiptId(r.headers()),
                        MessageHeaders.integer(r.headers(), MessageHeaders.RECORD_INDEX),
                        r.topic(), r.partition(), r.offset()));
            }
            return out;
        }
        ReceiptMetadata receipt = batch.getMetadata(ReceiptMetadata.class).orElse(null);
        for (String json : batch.getPayload()) {
            out.add(new IncomingRecord(json, receipt == null ? null : receipt.receiptId(),
                    receipt == null ? null : receipt.recordIndex(), null, -1, -1));
        }
        return out;
    }
}
