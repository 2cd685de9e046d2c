package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Tariff category of an attendance line. {@code FULL}, {@code SUBSCRIPTION} and {@code FREE_EXEMPT} feed the ministry's SIBIL declaration (full price, subscriptions, exempt tickets).
 *
 * <p>The JSON value of each constant is the one listed in the contract's JSON Schema.
 */
public enum TariffCategory {
  FULL("full"),
  REDUCED("reduced"),
  SUBSCRIPTION("subscription"),
  FREE_EXEMPT("free-exempt"),
  PASS_CULTURE("pass-culture"),
  GROUP("group"),
  OTHER("other");

  private final String jsonValue;

  TariffCategory(String jsonValue) {
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
  public static TariffCategory fromJson(String value) {
    for (TariffCategory candidate : values()) {
      if (candidate.jsonValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown tariff category '" + value + "'; expected one of "
        + Arrays.stream(values()).map(TariffCategory::jsonValue).toList());
  }

  @Override
  public String toString() {
    return jsonValue;
  }
}
