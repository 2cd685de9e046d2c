package org.consortium.hub.sdk.client;

import java.time.Duration;
import java.util.List;
import org.consortium.hub.sdk.contract.Violation;

/**
 * Hears how an upload goes, e.g. to draw a progress bar. Every method has an empty default, so
 * a listener implements only what it shows. Called on the uploading thread.
 */
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * A record broke the contract and will not be sent.
   *
   * @param index position of the record in the whole contribution, from 0
   * @param recordId its id, when it had one
   * @param violations what is wrong
   */
  default void recordRefused(long index, String recordId, List<Violation> violations) {}

  /**
   * A batch reached the hub.
   *
   * @param batchNumber from 1
   * @param records records in the batch
   * @param receipt the hub's receipt for it
   */
  default void batchSent(int batchNumber, int records, Receipt receipt) {}

  /**
   * A request failed and will be sent again after {@code delay}.
   *
   * @param attempt the attempt that failed, from 1
   * @param reason what failed, e.g. "503" or "connection reset"
   */
  default void retrying(int attempt, Duration delay, String reason) {}
}
