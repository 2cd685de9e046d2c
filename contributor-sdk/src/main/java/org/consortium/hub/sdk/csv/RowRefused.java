package org.consortium.hub.sdk.csv;

/** A row cannot be imported; the message says why without quoting the offending value. */
final class RowRefused extends Exception {

  private static final long serialVersionUID = 1L;

  private final String column;
  private final String value;

  RowRefused(String reason) {
    this(null, null, reason);
  }

  /** A refusal caused by one cell: its column and value go to the refused-rows report. */
  RowRefused(String column, String value, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
  }

  String column() {
    return column;
  }

  String value() {
    return value;
  }
}
