package org.consortium.hub.sdk.csv;

/** A row cannot be imported; the message says why without quoting the offending value. */
final class RowRefused extends Exception {

  private static final long serialVersionUID = 1L;

  RowRefused(String reason) {
    super(reason, null, false, false);
  }
}
