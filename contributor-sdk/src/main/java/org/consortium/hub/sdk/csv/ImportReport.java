package org.consortium.hub.sdk.csv;

import java.util.List;

/**
 * What an import did.
 *
 * @param rows data rows read
 * @param records envelopes produced (performances and attendance lines)
 * @param refused rows and aggregates not imported, with reasons
 * @param warnings things to know, e.g. personal-data columns dropped
 * @param formats the format settled for each mapped number and date column, with samples
 */
public record ImportReport(long rows, long records, List<RefusedRow> refused, List<String> warnings,
    List<ColumnFormat> formats) {

  /** Copies the lists. */
  public ImportReport {
    refused = List.copyOf(refused);
    warnings = List.copyOf(warnings);
    formats = List.copyOf(formats);
  }

  /** Refused rows counted per reason, the line's own values left out, most frequent first. */
  public java.util.Map<String, Long> refusalsByReason() {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    refused.stream().map(r -> RefusedRow.kind(r.reason()))
        .forEach(k -> counts.merge(k, 1L, Long::sum));
    java.util.Map<String, Long> sorted = new java.util.LinkedHashMap<>();
    counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** True when every row was imported. */
  public boolean clean() {
    return refused.isEmpty();
  }
}
