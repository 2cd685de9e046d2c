package org.consortium.hub.policies.disclosure;

import java.util.Objects;

/**
 * Parameters of statistical disclosure control, as set by a sharing policy.
 *
 * @param minContributors      a cell needs at least this many contributing units (INSEE: 3)
 * @param minCountForPeople    a cell counting people needs at least this many (INSEE: 11)
 * @param dominance            the (n, k) dominance rule (INSEE: n = 1, k = 85)
 * @param secondarySuppression whether to suppress complementary cells so that primary
 *                             suppressions cannot be recomputed from totals
 * @param pPercent             the p% rule: a cell is sensitive when the venues other than its
 *                             two largest sum to less than p % of the largest (the second
 *                             largest, knowing its own figure, would then estimate the largest
 *                             to within p %); 0 turns the rule off
 * @param protectionLevel      percent of a withheld cell's value by which, for every member
 *                             knowing its own figures, the cell must remain uncertain on both
 *                             sides (the feasible interval of the audit)
 * @param coalition            how many member organisations may pool what they know (1: each
 *                             member on its own)
 */
public record DisclosureRules(int minContributors, int minCountForPeople, DominanceRule dominance,
                              boolean secondarySuppression, int pPercent, int protectionLevel, int coalition) {

    /** The p% rule's default: 10 %. */
    public static final int DEFAULT_P_PERCENT = 10;
    /** The default protection level: ±10 % of a withheld cell. */
    public static final int DEFAULT_PROTECTION_LEVEL = 10;

    /**
     * INSEE's defaults (3 units, 11 people, one unit above 85 %, secondary suppression on),
     * with the p% rule at 10 %, a protection level of 10 % and each member on its own.
     */
    public static final DisclosureRules DEFAULTS = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true);

    /** The rules with the default p%, protection level and coalition. */
    public DisclosureRules(int minContributors, int minCountForPeople, DominanceRule dominance,
                           boolean secondarySuppression) {
        this(minContributors, minCountForPeople, dominance, secondarySuppression, DEFAULT_P_PERCENT,
                DEFAULT_PROTECTION_LEVEL, 1);
    }

    public DisclosureRules {
        if (pPercent < 0 || pPercent > 100) {
            throw new IllegalArgumentException("pPercent must be between 0 and 100, got " + pPercent);
        }
        if (protectionLevel < 0 || protectionLevel > 100) {
            throw new IllegalArgumentException("protectionLevel must be between 0 and 100, got " + protectionLevel);
        }
        if (coalition < 1 || coalition > 3) {
            throw new IllegalArgumentException("coalition must be 1, 2 or 3, got " + coalition);
        }
        if (minContributors < 1) {
            throw new IllegalArgumentException("minContributors must be >= 1, got " + minContributors);
        }
        if (minCountForPeople < 1) {
            throw new IllegalArgumentException("minCountForPeople must be >= 1, got " + minCountForPeople);
        }
        Objects.requireNonNull(dominance, "dominance");
    }

    /**
     * The stricter of two rule sets on every parameter: for a table that mixes datasets under
     * different policies, every dataset's protection holds. For dominance, the larger n and
     * the smaller k are each stricter.
     */
    public static DisclosureRules strictest(DisclosureRules a, DisclosureRules b) {
        return new DisclosureRules(Math.max(a.minContributors(), b.minContributors()),
                Math.max(a.minCountForPeople(), b.minCountForPeople()),
                new DominanceRule(Math.max(a.dominance().n(), b.dominance().n()),
                        Math.min(a.dominance().k(), b.dominance().k())),
                a.secondarySuppression() || b.secondarySuppression(), Math.max(a.pPercent(), b.pPercent()),
                Math.max(a.protectionLevel(), b.protectionLevel()), Math.max(a.coalition(), b.coalition()));
    }

    /**
     * The rules for a table whose figures count distinct units (how many venues, how many
     * regions) rather than sum their contributions: the primary rules stay, secondary
     * suppression goes. A count of distinct units is not additive, so no cell or total is the
     * difference of others and there is nothing for secondary suppression to protect.
     */
    public DisclosureRules forDistinctUnitCounts() {
        return new DisclosureRules(minContributors, minCountForPeople, dominance, false, pPercent, protectionLevel,
                coalition);
    }

    /** Plain-words summary, for catalogues and decisions. */
    public String describe() {
        return "a cell is shown only if at least " + (minContributors + coalition - 1) + " venues contribute"
                + (coalition > 1 ? " (" + minContributors + ", plus " + (coalition - 1)
                        + " for a coalition of " + coalition + " members)" : "")
                + ", counts of people are at least " + minCountForPeople
                + " without the largest venue" + (coalition > 1 ? "s" : "") + ", and not if "
                + dominance.describe()
                + (pPercent > 0 ? " or the venues other than the two largest make less than " + pPercent
                        + "% of the largest" : "") + "; "
                + (secondarySuppression
                        ? "other cells are also withheld where needed so that no member, knowing its own figures, "
                        + "can narrow a hidden cell to less than ±" + protectionLevel + "% of its value"
                        : "no secondary suppression");
    }
}
