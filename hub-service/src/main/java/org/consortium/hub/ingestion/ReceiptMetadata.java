package org.consortium.hub.ingestion;

/**
 * Message metadata carrying a record's receipt and batch index through the in-process
 * bridge; on Kafka the same facts travel as the headers {@code receipt-id} and {@code record-index}.
 */
public record ReceiptMetadata(String receiptId, Integer recordIndex) {
}
