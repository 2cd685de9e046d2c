package org.consortium.hub.sdk.contract;

import java.util.Objects;

/**
 * One way a record breaks the contract.
 *
 * <p>Messages never repeat the offending text value, because that value may be the very personal
 * data being refused and violations end up in receipts and logs.
 *
 * @param path JSON path of the offending value in the envelope, e.g.
 *     {@code $.payload.venue.capacity}; for a missing or unknown field, the path that field has
 *     or would have
 * @param message what is wrong, in plain words, e.g. "must be at least 0"
 * @param code machine-readable reason: the JSON Schema keyword that failed ({@code required},
 *     {@code additionalProperties}, {@code type}, {@code enum}, {@code pattern}, {@code minimum}...)
 *     or one of the constants of this class
 */
public record Violation(String path, String message, String code) {

  /** A field name or value is personal data, which the contract refuses. */
  public static final String PERSONAL_DATA = "personal-data";

  /** More first-time buyers than tickets in an attendance line. */
  public static final String FIRST_TIME_BUYERS_EXCEED_TICKETS = "first-time-buyers-exceed-tickets";

  /** Nesting far deeper than any record of the contract. */
  public static final String TOO_DEEP = "too-deep";

  /** A floating-point number beyond the range of any integer of the contract. */
  public static final String OUT_OF_RANGE = "out-of-range";

  /**
   * Text that is not one line of valid Unicode: a control character or line break, an unpaired
   * surrogate, or U+FFFD left by a decoder from bytes that were not UTF-8.
   */
  public static final String INVALID_CHARACTER = "invalid-character";

  /** The input is not JSON at all. */
  public static final String INVALID_JSON = "invalid-json";

  /** Requires every component, so that receipts never carry half a reason. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
  }

  /** Reads as {@code "$.payload.tickets: must be at least 0"}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
