package org.consortium.hub.sdk.client;

import java.util.List;
import org.consortium.hub.sdk.contract.RecordResult;

/**
 * Everything a contribution produced: the hub's receipts, one per batch, and the records the
 * SDK refused itself before sending.
 *
 * @param receipts one receipt per batch sent, in order
 * @param refusedLocally records that broke the contract; {@code index} counts over the whole
 *     contribution
 * @param sent records sent to the hub
 */
public record ContributionResult(List<Receipt> receipts, List<RecordResult> refusedLocally,
    long sent) {

  /** Copies the lists so a result cannot change after it is returned. */
  public ContributionResult {
    receipts = List.copyOf(receipts);
    refusedLocally = List.copyOf(refusedLocally);
  }

  /** Records the hub accepted, summed over the receipts. */
  public long accepted() {
    return receipts.stream().mapToLong(Receipt::accepted).sum();
  }

  /** Records the hub rejected, summed over the receipts. */
  public long rejectedByHub() {
    return receipts.stream().mapToLong(r -> r.rejected().size()).sum();
  }

  /** True when every record was sent and accepted. */
  public boolean allAccepted() {
    return refusedLocally.isEmpty() && rejectedByHub() == 0;
  }
}
