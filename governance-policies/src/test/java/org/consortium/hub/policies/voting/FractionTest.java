package org.consortium.hub.policies.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void normalisesSignAndCommonFactors() {
        Fraction f = Fraction.of(6, -8);
        assertThat(f.numerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(f.denominator()).isEqualTo(BigInteger.valueOf(4));
        assertThat(f).isEqualTo(Fraction.of(-3, 4)).hasSameHashCodeAs(Fraction.of(-3, 4));
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void arithmeticIsExact() {
        // 1/3 + 1/3 + 1/3 is exactly 1, which binary floating point cannot promise in general.
        Fraction third = Fraction.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(2, 5).subtract(Fraction.of(3, 10))).isEqualTo(Fraction.of(1, 10));
        assertThat(Fraction.of(2, 3).multiply(9)).isEqualTo(Fraction.of(6));
        assertThat(Fraction.of(2, 5).divide(3)).isEqualTo(Fraction.of(2, 15));
        assertThat(Fraction.of(3, 4).divide(Fraction.of(3, 8))).isEqualTo(Fraction.of(2));
    }

    @Test
    void comparesByCrossMultiplication() {
        assertThat(Fraction.of(6, 9)).isEqualByComparingTo(Fraction.of(2, 3));
        assertThat(Fraction.of(666_666_667, 1_000_000_000).isGreaterThan(Fraction.of(2, 3))).isTrue();
        assertThat(Fraction.of(666_666_666, 1_000_000_000).isLessThan(Fraction.of(2, 3))).isTrue();
        assertThat(Fraction.of(2, 3).isAtLeast(Fraction.of(4, 6))).isTrue();
    }

    @Test
    void parsesAndPrints() {
        assertThat(Fraction.parse(" 4 / 10 ")).isEqualTo(Fraction.of(2, 5));
        assertThat(Fraction.parse("3")).isEqualTo(Fraction.of(3));
        assertThat(Fraction.of(4, 10)).hasToString("2/5");
        assertThat(Fraction.of(10, 5)).hasToString("2");
        assertThatThrownBy(() -> Fraction.parse("two thirds")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'two thirds'");
        assertThatThrownBy(() -> Fraction.parse("1/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero denominator");
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void percentagesSayWhenRounded() {
        assertThat(Fraction.of(7, 10).toPercentString()).isEqualTo("70%");
        assertThat(Fraction.of(1, 8).toPercentString()).isEqualTo("12.5%");
        assertThat(Fraction.of(2, 3).toPercentString()).isEqualTo("≈66.67%");
        assertThat(Fraction.of(1, 3).toPercentString()).isEqualTo("≈33.33%");
        assertThat(Fraction.ZERO.toPercentString()).isEqualTo("0%");
    }

    @Test
    void jsonIsAStringAndAcceptsIntegers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Fraction.of(2, 3))).isEqualTo("\"2/3\"");
        assertThat(json.readValue("\"2/3\"", Fraction.class)).isEqualTo(Fraction.of(2, 3));
        assertThat(json.readValue("3", Fraction.class)).isEqualTo(Fraction.of(3));
    }
}
