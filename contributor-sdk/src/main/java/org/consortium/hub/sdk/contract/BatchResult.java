package org.consortium.hub.sdk.contract;

import java.util.List;

/**
 * Outcome of validating a batch: one {@link RecordResult} per record, in batch order, so that a
 * receipt can name each rejected record by index and record id.
 *
 * @param results one result per record, {@code results().get(i).index() == i}
 */
public record BatchResult(List<RecordResult> results) {

  /** Copies the results so a batch outcome cannot change after it is reported. */
  public BatchResult {
    results = List.copyOf(results);
  }

  /** The results of the records that break the contract. */
  public List<RecordResult> rejected() {
    return results.stream().filter(r -> !r.valid()).toList();
  }

  /** How many records satisfy the contract. */
  public int validCount() {
    return (int) results.stream().filter(RecordResult::valid).count();
  }

  /** True when every record satisfies the contract. */
  public boolean allValid() {
    return results.stream().allMatch(RecordResult::valid);
  }
}
