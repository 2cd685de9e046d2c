package org.consortium.hub.sdk.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordResult;
import org.consortium.hub.sdk.contract.Violation;

/**
 * A Kafka send in progress under one receipt id. Acknowledgements are counted in callbacks
 * rather than kept as futures, so that a stream of millions of records needs no memory per
 * record. Get one from {@link KafkaContributor#open}; not thread-safe.
 */
public final class KafkaContribution {

  private final KafkaContributor owner;
  private final String datasetId;
  private final String receiptId;
  private final List<RecordResult> refused = new ArrayList<>();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
  private int index;
  private int produced;

  KafkaContribution(KafkaContributor owner, String datasetId, String receiptId) {
    this.owner = owner;
    this.datasetId = datasetId;
    this.receiptId = receiptId;
  }

  /**
   * Checks a record and produces it if it satisfies the contract.
   *
   * @return the violations that kept it back; empty when it was produced
   */
  public List<Violation> add(Envelope envelope) {
    int at = index++;
    List<Violation> violations = owner.check(datasetId, envelope);
    if (!violations.isEmpty()) {
      refused.add(new RecordResult(at, envelope.recordId(), violations));
      return violations;
    }
    produced++;
    owner.producer().send(owner.toRecord(datasetId, envelope, receiptId), (metadata, error) -> {
      if (error == null) {
        acknowledged.incrementAndGet();
      } else {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, error);
      }
    });
    return violations;
  }

  /**
   * Flushes the producer and waits until the broker has acknowledged every record.
   *
   * @throws KafkaContributionException when some records were not acknowledged in time
   */
  public KafkaReceipt finish() {
    owner.producer().flush();
    long deadline = System.nanoTime() + owner.sendTimeout().toNanos();
    // flush() waits for completion, but a mock or a closing producer may call back later.
    while (acknowledged.get() + failed.get() < produced && System.nanoTime() < deadline) {
      try {
        TimeUnit.MILLISECONDS.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    int missing = produced - acknowledged.get();
    if (missing > 0) {
      throw new KafkaContributionException(missing + " of " + produced
          + " records were not acknowledged by the broker; resending them is safe",
          firstFailure.get());
    }
    return new KafkaReceipt(receiptId, produced, refused);
  }
}
