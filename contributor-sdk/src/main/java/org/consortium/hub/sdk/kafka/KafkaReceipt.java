package org.consortium.hub.sdk.kafka;

import java.util.List;
import org.consortium.hub.sdk.contract.RecordResult;

/**
 * What a Kafka send did locally: the receipt id carried in every record's header (the hub
 * reports the outcome under it once its consumer has read them), how many records the broker
 * acknowledged, and the records refused before producing.
 *
 * @param receiptId value of the {@code receipt-id} header
 * @param produced records acknowledged by the broker
 * @param refusedLocally records that broke the contract, never produced
 */
public record KafkaReceipt(String receiptId, int produced, List<RecordResult> refusedLocally) {

  /** Copies the list so the receipt cannot change. */
  public KafkaReceipt {
    refusedLocally = List.copyOf(refusedLocally);
  }
}
