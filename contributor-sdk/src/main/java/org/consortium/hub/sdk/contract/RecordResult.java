package org.consortium.hub.sdk.contract;

import java.util.List;

/**
 * Outcome of validating one record of a batch.
 *
 * @param index position of the record in the batch, from 0
 * @param recordId the envelope's {@code recordId} when it has a textual one, else {@code null}
 * @param violations what is wrong; empty when the record is valid
 */
public record RecordResult(int index, String recordId, List<Violation> violations) {

  /** Copies the violations so a result cannot change after it is reported. */
  public RecordResult {
    violations = List.copyOf(violations);
  }

  /** True when the record satisfies the contract. */
  public boolean valid() {
    return violations.isEmpty();
  }
}
