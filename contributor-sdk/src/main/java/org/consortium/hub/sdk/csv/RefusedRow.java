package org.consortium.hub.sdk.csv;

/**
 * A row, or an aggregated record, that was not imported.
 *
 * @param line line of the CSV file (the header is line 1); 0 for a record aggregated from
 *     several lines
 * @param reason why, in plain words, never quoting personal data
 */
public record RefusedRow(long line, String reason) {

  /** Reads as {@code "line 12: genre: unknown label"}. */
  @Override
  public String toString() {
    return (line > 0 ? "line " + line : "aggregate") + ": " + reason;
  }
}
