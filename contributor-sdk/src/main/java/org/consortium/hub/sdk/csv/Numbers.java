package org.consortium.hub.sdk.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads numbers as ticketing exports write them: French decimal comma, thousands separated by
 * spaces, non-breaking or narrow non-breaking spaces (what French spreadsheets insert), dots or
 * apostrophes, with or without a currency sign.
 */
public final class Numbers {

  /** Grouping characters: spaces of every width, and the Swiss apostrophes. */
  private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009'’]");
  private static final Pattern CURRENCY = Pattern.compile("(?i)€|eur|euros?|\\$|£|chf");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Numbers() {}

  /**
   * A decimal number, e.g. {@code "1 234,50"} with {@code ','} as decimal separator, or
   * {@code "1,234.50"} with {@code '.'}. The other separator is taken as thousands grouping.
   *
   * @throws NumberFormatException saying what was expected, without echoing the text
   */
  public static BigDecimal parseDecimal(String text, char decimalSeparator) {
    if (text == null || text.isBlank()) {
      throw new NumberFormatException("empty, a number was expected");
    }
    String s = CURRENCY.matcher(text).replaceAll("");
    s = GROUPING.matcher(s).replaceAll("");
    if (s.startsWith("(") && s.endsWith(")")) {
      s = "-" + s.substring(1, s.length() - 1); // accounting notation for negative amounts
    }
    s = s.replace('−', '-'); // Unicode minus, as some spreadsheets export it
    if (decimalSeparator == ',') {
      s = s.replace(".", "").replace(',', '.');
    } else {
      s = s.replace(",", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      throw new NumberFormatException("not a number (expected e.g. "
          + (decimalSeparator == ',' ? "1 234,50" : "1,234.50") + ")");
    }
    return new BigDecimal(s);
  }

  /**
   * A whole number, e.g. {@code "1 234"}; {@code "12,0"} is accepted, {@code "12,5"} is not.
   *
   * @throws NumberFormatException when the text is not a whole number
   */
  public static long parseWhole(String text, char decimalSeparator) {
    BigDecimal value = parseDecimal(text, decimalSeparator);
    try {
      return value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw new NumberFormatException("not a whole number");
    }
  }

  /** An amount in cents, rounded half up: {@code "9 360,005"} gives 936001. */
  public static long toCents(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Parses an amount and converts it to cents. */
  public static long parseCents(String text, char decimalSeparator) {
    return toCents(parseDecimal(text, decimalSeparator));
  }
}
