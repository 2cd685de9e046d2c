package org.consortium.hub.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The hub's shared identifiers: a kind letter, six symbols and a check symbol, written
 * {@code W-7K2M9Q-X} (works) or {@code P-...} (productions).
 *
 * <p>Symbols come from Crockford's base-32 alphabet (digits and capitals without I, L, O, U),
 * so no two symbols are easily confused. When reading, case, hyphens and spaces are ignored,
 * and O is read as 0, I and L as 1.
 *
 * <p>Check symbol: each symbol is an element of the field GF(32) (its index in the
 * alphabet), and the code, kind letter included, must satisfy
 * {@code Σ α^(n-1-i)·s_i = 0}, where α is a root of the primitive polynomial x⁵ + x² + 1
 * (a Damm-style check over the quasigroup x∘y = α·x + y). A single substituted symbol
 * changes the sum by {@code α^k·(s + s')}, never 0; two swapped neighbours s ≠ t change it
 * by {@code α^k·(α + 1)·(s + t)}, never 0 since α ≠ 1. So every single-symbol error and every
 * adjacent transposition is detected, including those touching the kind letter or the check
 * symbol itself.
 */
public final class HubCode {

    /** What an id names. */
    public enum Kind {
        WORK('W', "Work"), PRODUCTION('P', "Production");

        final char letter;
        final String label;

        Kind(char letter, String label) {
            this.letter = letter;
            this.label = label;
        }

        public String label() {
            return label;
        }

        String code() {
            return String.valueOf(letter);
        }
    }

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int BODY_LENGTH = 6;
    /** x⁵ + x² + 1 without the x⁵ term. */
    private static final int REDUCTION = 0b00101;

    private HubCode() {
    }

    /** A new random code of this kind, with its check symbol, formatted. */
    public static String random(Kind kind, RandomGenerator random) {
        StringBuilder compact = new StringBuilder(BODY_LENGTH + 2).append(kind.letter);
        for (int i = 0; i < BODY_LENGTH; i++) {
            compact.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        compact.append(checkSymbol(compact));
        return format(compact.toString());
    }

    /**
     * A new code that {@code taken} does not already hold, drawing again on a collision.
     *
     * @throws IllegalStateException after 20 collisions in a row (the code space is full)
     */
    public static String mint(Kind kind, RandomGenerator random, Predicate<String> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = random(kind, random);
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not mint a free " + kind.label + " id after 20 attempts");
    }

    /**
     * The canonical form of a code as typed by a person, when it is a well-formed code of this
     * kind with a correct check symbol.
     */
    public static Optional<String> parse(String text, Kind kind) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = compact(text);
        if (compact == null || compact.length() != BODY_LENGTH + 2 || compact.charAt(0) != kind.letter
                || !isValidCompact(compact)) {
            return Optional.empty();
        }
        return Optional.of(format(compact));
    }

    /** Whether a code (of any kind) is well formed and its check symbol is right. */
    public static boolean isValid(String text) {
        String compact = text == null ? null : compact(text);
        return compact != null && compact.length() == BODY_LENGTH + 2 && isValidCompact(compact);
    }

    /** The check symbol to append to these symbols. */
    static char checkSymbol(CharSequence symbols) {
        // fold(symbols) ∘ c = α·fold + c = 0  ⇔  c = α·fold (addition is XOR in GF(32)).
        return ALPHABET.charAt(timesAlpha(fold(symbols)));
    }

    static boolean isValidCompact(String compact) {
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return false;
            }
        }
        return fold(compact) == 0;
    }

    private static int fold(CharSequence symbols) {
        int interim = 0;
        for (int i = 0; i < symbols.length(); i++) {
            interim = timesAlpha(interim) ^ ALPHABET.indexOf(symbols.charAt(i));
        }
        return interim;
    }

    private static int timesAlpha(int x) {
        int shifted = x << 1;
        return (shifted & 0b100000) != 0 ? (shifted & 0b11111) ^ REDUCTION : shifted;
    }

    /** Upper case, separators dropped, O read as 0 and I, L as 1; null when not alphanumeric. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case '-', ' ' -> {
                }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> {
                    if (ch > 127 || !Character.isLetterOrDigit(ch)) {
                        return null;
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }

    static String format(String compact) {
        return compact.charAt(0) + "-" + compact.substring(1, BODY_LENGTH + 1) + "-" + compact.charAt(BODY_LENGTH + 1);
    }
}
