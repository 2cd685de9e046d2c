package org.consortium.hub.sdk.csv;

/**
 * A row, or an aggregated record, that was not imported.
 *
 * @param line line of the CSV file (the header is line 1); 0 for a record aggregated from
 *     several lines
 * @param column the column of the offending cell, when one cell is the cause (else null)
 * @param value the offending cell as written, when it is not personal data (else null)
 * @param reason why, in plain words, never quoting personal data
 */
public record RefusedRow(long line, String column, String value, String reason) {

  /** A refusal that no single cell caused. */
  public RefusedRow(long line, String reason) {
    this(line, null, null, reason);
  }

  /**
   * The kind of a reason, for counting refusals: quoted values and record ids are replaced so
   * that every row refused for the same reason counts under one line.
   */
  public static String kind(String reason) {
    return reason.replaceAll("\"[^\"]*\"", "\"…\"")
        .replaceAll("^(performance|attendance|work) \\S+: ", "$1: ")
        .replaceAll("(performance|attendance) \\S+ was refused at line \\d+", "$1 refused at an earlier line");
  }

  /** Reads as {@code "line 12: genre: unknown label"}. */
  @Override
  public String toString() {
    return (line > 0 ? "line " + line : "aggregate") + ": " + reason;
  }
}
