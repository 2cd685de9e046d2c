package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Genre of a performance: a closed list, so that figures can be compared across venues.
 *
 * <p>The JSON value of each constant is the one listed in the contract's JSON Schema.
 */
public enum Genre {
  THEATRE("theatre"),
  DANCE("dance"),
  OPERA("opera"),
  MUSIC("music"),
  CIRCUS("circus"),
  STREET_ARTS("street-arts"),
  PUPPETRY("puppetry"),
  MULTIDISCIPLINARY("multidisciplinary"),
  MUSICAL_THEATRE("musical-theatre"),
  STORYTELLING("storytelling"),
  OTHER("other");

  private final String jsonValue;

  Genre(String jsonValue) {
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
  public static Genre fromJson(String value) {
    for (Genre candidate : values()) {
      if (candidate.jsonValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown genre '" + value + "'; expected one of "
        + Arrays.stream(values()).map(Genre::jsonValue).toList());
  }

  @Override
  public String toString() {
    return jsonValue;
  }
}
