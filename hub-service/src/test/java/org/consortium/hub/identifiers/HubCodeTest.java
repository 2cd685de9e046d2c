package org.consortium.hub.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check symbol catches every single-symbol error and every adjacent transposition. */
class HubCodeTest {

    private static final int CODES = 3_000;

    private final Random random = new Random(20260314);

    @Test
    void mintedCodesAreReadableAndValid() {
        for (int i = 0; i < 200; i++) {
            String work = HubCode.random(HubCode.Kind.WORK, random);
            String production = HubCode.random(HubCode.Kind.PRODUCTION, random);
            assertThat(work).matches("W-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]");
            assertThat(production).matches("P-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]");
            assertThat(HubCode.isValid(work)).isTrue();
            assertThat(HubCode.parse(work, HubCode.Kind.WORK)).contains(work);
            assertThat(HubCode.parse(work, HubCode.Kind.PRODUCTION)).isEmpty();
            assertThat(HubCode.parse(production, HubCode.Kind.PRODUCTION)).contains(production);
        }
    }

    @Test
    void everySingleSubstitutionIsDetected() {
        long checked = 0;
        for (int n = 0; n < CODES; n++) {
            String code = compact(HubCode.random(n % 2 == 0 ? HubCode.Kind.WORK : HubCode.Kind.PRODUCTION, random));
            for (int position = 0; position < code.length(); position++) {
                for (char other : HubCode.ALPHABET.toCharArray()) {
                    if (other == code.charAt(position)) {
                        continue;
                    }
                    char[] typo = code.toCharArray();
                    typo[position] = other;
                    assertThat(HubCode.isValid(new String(typo)))
                            .as("%s with position %d replaced by %s", code, position, other).isFalse();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo((long) CODES * 8 * 31);
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        long checked = 0;
        for (int n = 0; n < CODES; n++) {
            String code = compact(HubCode.random(n % 2 == 0 ? HubCode.Kind.WORK : HubCode.Kind.PRODUCTION, random));
            for (int position = 0; position + 1 < code.length(); position++) {
                if (code.charAt(position) == code.charAt(position + 1)) {
                    continue;
                }
                char[] swapped = code.toCharArray();
                swapped[position] = code.charAt(position + 1);
                swapped[position + 1] = code.charAt(position);
                assertThat(HubCode.isValid(new String(swapped)))
                        .as("%s with positions %d and %d swapped", code, position, position + 1).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(CODES * 6L);
    }

    @Test
    void everyTranspositionOfTwoSymbolsIsDetectedExhaustively() {
        // The detection does not depend on the other symbols: prove it for every pair of symbols
        // at every position of one fixed code.
        String code = compact(HubCode.random(HubCode.Kind.WORK, random));
        for (int position = 1; position + 1 < code.length() - 1; position++) {
            for (char a : HubCode.ALPHABET.toCharArray()) {
                for (char b : HubCode.ALPHABET.toCharArray()) {
                    if (a == b) {
                        continue;
                    }
                    char[] body = code.substring(0, code.length() - 1).toCharArray();
                    body[position] = a;
                    body[position + 1] = b;
                    String valid = new String(body) + HubCode.checkSymbol(new String(body));
                    assertThat(HubCode.isValid(valid)).isTrue();
                    char[] swapped = valid.toCharArray();
                    swapped[position] = b;
                    swapped[position + 1] = a;
                    assertThat(HubCode.isValid(new String(swapped))).isFalse();
                }
            }
        }
    }

    @Test
    void readingForgivesCaseSeparatorsAndLookAlikes() {
        String code = "W-0123I5";
        String compact = "W012315";
        String valid = HubCode.format(compact + HubCode.checkSymbol(compact));
        assertThat(HubCode.parse(valid.toLowerCase(), HubCode.Kind.WORK)).contains(valid);
        assertThat(HubCode.parse(valid.replace("-", " "), HubCode.Kind.WORK)).contains(valid);
        assertThat(HubCode.parse(valid.replace("-0", "-O").replace("231", "23l"), HubCode.Kind.WORK)).contains(valid);
        assertThat(HubCode.parse(code, HubCode.Kind.WORK)).isEmpty();
        assertThat(HubCode.parse("W-7K2M9Q", HubCode.Kind.WORK)).isEmpty();
        assertThat(HubCode.parse("W-7K2M9Q-XX", HubCode.Kind.WORK)).isEmpty();
        assertThat(HubCode.parse("W-7K2M9Q-U", HubCode.Kind.WORK)).isEmpty();
        assertThat(HubCode.parse("W-7K2M9Q-É", HubCode.Kind.WORK)).isEmpty();
        assertThat(HubCode.parse(null, HubCode.Kind.WORK)).isEmpty();
    }

    @Test
    void mintingDrawsAgainOnACollision() {
        Set<String> taken = new HashSet<>();
        Random seeded = new Random(7);
        String first = HubCode.random(HubCode.Kind.WORK, seeded);
        taken.add(first);
        String minted = HubCode.mint(HubCode.Kind.WORK, new Random(7), taken::contains);
        assertThat(minted).isNotEqualTo(first);
        assertThat(HubCode.isValid(minted)).isTrue();
        assertThatThrownBy(() -> HubCode.mint(HubCode.Kind.WORK, random, code -> true))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String compact(String formatted) {
        return formatted.replace("-", "");
    }
}
