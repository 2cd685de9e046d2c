package org.consortium.hub.ingestion;

/**
 * One record message as the consumer sees it, whatever carried it.
 *
 * @param json        the envelope as sent
 * @param receiptId   the receipt it belongs to (header {@code receipt-id}), or null
 * @param recordIndex its index in the submitted batch (header {@code record-index}), or null
 * @param topic       Kafka topic, or null when delivered in-process
 * @param partition   Kafka partition, or -1
 * @param offset      Kafka offset, or -1
 */
public record IncomingRecord(String json, String receiptId, Integer recordIndex, String topic, int partition,
                             long offset) {

    public boolean fromKafka() {
        return topic != null && offset >= 0;
    }
}
