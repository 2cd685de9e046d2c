package org.consortium.hub.sdk.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads numbers as ticketing exports write them: decimal comma or decimal dot, thousands
 * separated by spaces, non-breaking or narrow non-breaking spaces (what French spreadsheets
 * insert), apostrophes, or the other separator, with or without a currency sign.
 *
 * <p>Reading is strict: with a decimal comma, a dot may only group thousands (groups of three
 * digits), so {@code "22.00"} is not a number with a decimal comma instead of becoming 2 200.
 * {@link #readings} tells which separators a text can be read with, for the importer to decide a
 * column's separator from all its values before reading any of them.
 */
public final class Numbers {

  /** Grouping characters: spaces of every width, and the Swiss apostrophes. */
  private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009'’]");
  private static final Pattern CURRENCY = Pattern.compile("(?i)€|eur|euros?|\\$|£|chf");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
  private static final Pattern DOT_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

  private Numbers() {}

  /** Which decimal separators a text can be read with. */
  public enum Reading {
    /** Read the same either way (no separator, or only spaces between thousands). */
    EITHER,
    /** Only with a decimal comma, e.g. {@code "22,5"} or {@code "1.234,50"}. */
    COMMA,
    /** Only with a decimal dot, e.g. {@code "22.00"}, {@code "1,234.50"}. */
    DOT,
    /** Both, with different values: {@code "1.234"} is 1 234 or 1.234. */
    AMBIGUOUS,
    /** Neither: not a number. */
    NONE
  }

  /**
   * How a text can be read. With {@code whole}, a reading that is not a whole number does not
   * count: in a tickets column, {@code "1.234"} can only be 1 234.
   */
  public static Reading readings(String text, boolean whole) {
    BigDecimal comma = tryParse(text, ',', whole);
    BigDecimal dot = tryParse(text, '.', whole);
    if (comma == null && dot == null) {
      return Reading.NONE;
    }
    if (comma == null) {
      return Reading.DOT;
    }
    if (dot == null) {
      return Reading.COMMA;
    }
    return comma.compareTo(dot) == 0 ? Reading.EITHER : Reading.AMBIGUOUS;
  }

  private static BigDecimal tryParse(String text, char separator, boolean whole) {
    try {
      BigDecimal v = parseDecimal(text, separator);
      if (whole) {
        v.stripTrailingZeros().longValueExact();
      }
      return v;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * A decimal number, e.g. {@code "1 234,50"} with {@code ','} as decimal separator, or
   * {@code "1,234.50"} with {@code '.'}. The other separator may only group thousands.
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
    boolean comma = decimalSeparator == ',';
    if (!(comma ? COMMA_DECIMAL : DOT_DECIMAL).matcher(s).matches()) {
      throw new NumberFormatException("not a number with a decimal "
          + (comma ? "comma (e.g. 1 234,50)" : "dot (e.g. 1,234.50)"));
    }
    s = comma ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
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
