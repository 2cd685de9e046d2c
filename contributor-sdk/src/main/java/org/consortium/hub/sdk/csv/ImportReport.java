package org.consortium.hub.sdk.csv;

import java.util.List;

/**
 * What an import did.
 *
 * @param rows data rows read
 * @param records envelopes produced (performances and attendance lines)
 * @param refused rows and aggregates not imported, with reasons
 * @param warnings things to know, e.g. personal-data columns dropped
 */
public record ImportReport(long rows, long records, List<RefusedRow> refused, List<String> warnings) {

  /** Copies the lists. */
  public ImportReport {
    refused = List.copyOf(refused);
    warnings = List.copyOf(warnings);
  }

  /** True when every row was imported. */
  public boolean clean() {
    return refused.isEmpty();
  }
}
