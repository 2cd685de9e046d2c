package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact, immutable rational number, always kept normalised: the denominator is positive and
 * shares no factor with the numerator, so equal values are {@link #equals equal}.
 *
 * <p>Every quantity in a tally (weights, shares, quorum and majority thresholds) is a
 * {@code Fraction}: a vote decided at exactly two thirds must never hinge on a rounding error,
 * so no floating-point type is used anywhere. Comparisons are done by cross-multiplication.
 *
 * <p>In JSON a fraction is a string such as {@code "2/3"}, {@code "1"} or {@code "0"}; a plain
 * JSON integer is also accepted.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction ONE_HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The fraction {@code numerator/denominator}, normalised. */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Denominator of a fraction must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Fraction(numerator, denominator);
    }

    /** The fraction {@code numerator/denominator}, normalised. */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The whole number {@code value}. */
    @JsonCreator
    public static Fraction of(long value) {
        return of(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** A percentage given as a whole number, e.g. {@code percent(40)} is 2/5. */
    public static Fraction percent(long percent) {
        return of(percent, 100);
    }

    /**
     * Parses {@code "p/q"} or a whole number {@code "n"} (surrounding blanks allowed).
     *
     * @throws IllegalArgumentException if the text is not of that form or q is zero
     */
    @JsonCreator
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        try {
            int slash = trimmed.indexOf('/');
            if (slash < 0) {
                return of(new BigInteger(trimmed), BigInteger.ONE);
            }
            BigInteger p = new BigInteger(trimmed.substring(0, slash).strip());
            BigInteger q = new BigInteger(trimmed.substring(slash + 1).strip());
            if (q.signum() == 0) {
                throw new IllegalArgumentException("Not a fraction (zero denominator): '" + text + "'");
            }
            return of(p, q);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Not a fraction: '" + text + "' (expected 'p/q' or a whole number)", e);
        }
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Fraction add(Fraction other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction multiply(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction multiply(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    /** @throws ArithmeticException if {@code other} is zero */
    public Fraction divide(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("Division of a fraction by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** @throws ArithmeticException if {@code divisor} is zero */
    public Fraction divide(long divisor) {
        return divide(of(divisor));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public boolean isGreaterThan(Fraction other) {
        return compareTo(other) > 0;
    }

    public boolean isAtLeast(Fraction other) {
        return compareTo(other) >= 0;
    }

    public boolean isLessThan(Fraction other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Fraction other) {
        // Denominators are positive, so cross-multiplication preserves the order.
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * This value as a percentage for people to read, to two decimals; prefixed with {@code ≈}
     * when rounded (e.g. 2/3 reads {@code ≈66.67%}, 7/10 reads {@code 70%}). For display only:
     * decisions never use it.
     */
    public String toPercentString() {
        BigDecimal scaled = new BigDecimal(numerator).multiply(HUNDRED);
        BigDecimal den = new BigDecimal(denominator);
        BigDecimal rounded = scaled.divide(den, 2, RoundingMode.HALF_UP);
        boolean exact = rounded.multiply(den).compareTo(scaled) == 0;
        String digits = rounded.stripTrailingZeros().toPlainString();
        return (exact ? "" : "≈") + digits + "%";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "p/q"}, or {@code "n"} for a whole number; the JSON form. */
    @JsonValue
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
