package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Buyers' age band. The contract never carries a birth date or an exact age, only these bands.
 *
 * <p>The JSON value of each constant is the one listed in the contract's JSON Schema.
 */
public enum AgeBand {
  AGE_0_14("0-14"),
  AGE_15_24("15-24"),
  AGE_25_34("25-34"),
  AGE_35_49("35-49"),
  AGE_50_64("50-64"),
  AGE_65_PLUS("65+"),
  UNKNOWN("unknown");

  private final String jsonValue;

  AgeBand(String jsonValue) {
    this.jsonValue = jsonValue;
  }

  /** The value used in JSON records. */
  @JsonValue
  public String jsonValue() {
    return jsonValue;
  }

  /**
   * Looks a constant up by its JSON value.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code value} is unknown
   */
  @JsonCreator
  public static AgeBand fromJson(String value) {
    for (AgeBand candidate : values()) {
      if (candidate.jsonValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown age band '" + value + "'; expected one of "
        + Arrays.stream(values()).map(AgeBand::jsonValue).toList());
  }

  @Override
  public String toString() {
    return jsonValue;
  }
}
