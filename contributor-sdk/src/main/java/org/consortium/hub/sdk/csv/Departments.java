package org.consortium.hub.sdk.csv;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Truncates a French postcode to the buyer's department, the finest place the contract allows:
 * a full postcode can identify a buyer in a small commune.
 */
public final class Departments {

  private static final Pattern POSTCODE = Pattern.compile("(?:F-?)?(\\d{4,5})");

  private Departments() {}

  /**
   * The department of a postcode, as the contract writes it: {@code "75011"} gives {@code "75"};
   * Corsica's {@code 200xx}–{@code 201xx} give {@code "2A"} and {@code 202xx}–{@code 206xx}
   * {@code "2B"}; overseas {@code 971xx}–{@code 976xx} give the 3-digit code {@code "971"}…
   * A 4-digit postcode is taken as one that lost its leading zero in a spreadsheet
   * ({@code "1000"} is {@code "01000"}).
   *
   * @return empty for anything that is not a French postcode of a department the contract knows
   *     (foreign postcodes, Monaco, overseas collectivities 98xxx)
   */
  public static Optional<String> fromPostcode(String postcode) {
    if (postcode == null) {
      return Optional.empty();
    }
    var m = POSTCODE.matcher(postcode.strip().replace(" ", ""));
    if (!m.matches()) {
      return Optional.empty();
    }
    String code = m.group(1).length() == 4 ? "0" + m.group(1) : m.group(1);
    int two = Integer.parseInt(code.substring(0, 2));
    if (two == 20) {
      int three = Integer.parseInt(code.substring(0, 3));
      if (three <= 201) {
        return Optional.of("2A");
      }
      return three <= 206 ? Optional.of("2B") : Optional.empty();
    }
    if (two == 97) {
      int three = Integer.parseInt(code.substring(0, 3));
      return three >= 971 && three <= 976 ? Optional.of(code.substring(0, 3)) : Optional.empty();
    }
    if (two >= 1 && two <= 95) {
      return Optional.of(code.substring(0, 2));
    }
    return Optional.empty();
  }
}
