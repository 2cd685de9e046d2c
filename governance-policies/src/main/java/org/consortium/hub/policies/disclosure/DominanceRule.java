package org.consortium.hub.policies.disclosure;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;

/**
 * The (n, k) dominance rule: a cell is sensitive when its {@code n} largest units together
 * account for more than {@code k} percent of the cell's value. INSEE's default is n = 1,
 * k = 85.
 *
 * <p>The comparison is done by exact cross-multiplication ({@code 100 × top > k × total}) on
 * {@link BigInteger}s, so that no rounding can flip a decision at the boundary.
 *
 * @param n number of largest units considered, at least 1
 * @param k threshold in percent, from 1 to 100 (100 never triggers)
 */
public record DominanceRule(int n, int k) {

    /** INSEE's default: one unit above 85 % of the cell. */
    public static final DominanceRule DEFAULT = new DominanceRule(1, 85);

    public DominanceRule {
        if (n < 1) {
            throw new IllegalArgumentException("dominance n must be >= 1, got " + n);
        }
        if (k < 1 || k > 100) {
            throw new IllegalArgumentException("dominance k must be between 1 and 100, got " + k);
        }
    }

    /**
     * Tells whether the given non-negative contributions are dominated.
     *
     * @param contributions each unit's contribution to the cell
     * @return true when the n largest exceed k % of the sum; false for an empty or zero cell
     */
    public boolean isDominated(Collection<Long> contributions) {
        BigInteger total = BigInteger.ZERO;
        for (long c : contributions) {
            total = total.add(BigInteger.valueOf(c));
        }
        if (total.signum() == 0) {
            return false;
        }
        BigInteger top = contributions.stream()
                .sorted(Comparator.reverseOrder())
                .limit(n)
                .map(BigInteger::valueOf)
                .reduce(BigInteger.ZERO, BigInteger::add);
        return top.multiply(BigInteger.valueOf(100)).compareTo(total.multiply(BigInteger.valueOf(k))) > 0;
    }

    /** Plain words, e.g. "the largest venue accounts for more than 85% of the cell". */
    public String describe() {
        String who = n == 1 ? "the largest venue accounts" : "the " + n + " largest venues account";
        return who + " for more than " + k + "% of the cell";
    }
}
