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
 */
public record DisclosureRules(int minContributors, int minCountForPeople, DominanceRule dominance,
                              boolean secondarySuppression) {

    /** INSEE's defaults: 3 units, 11 people, one unit above 85 %, secondary suppression on. */
    public static final DisclosureRules DEFAULTS = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true);

    public DisclosureRules {
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
                a.secondarySuppression() || b.secondarySuppression());
    }

    /**
     * The rules for a table whose figures count distinct units (how many venues, how many
     * regions) rather than sum their contributions: the primary rules stay, secondary
     * suppression goes. A count of distinct units is not additive, so no cell or total is the
     * difference of others and there is nothing for secondary suppression to protect.
     */
    public DisclosureRules forDistinctUnitCounts() {
        return new DisclosureRules(minContributors, minCountForPeople, dominance, false);
    }

    /** Plain-words summary, for catalogues and decisions. */
    public String describe() {
        return "a cell is shown only if at least " + minContributors + " venues contribute, "
                + "counts of people are at least " + minCountForPeople + ", and not if "
                + dominance.describe() + "; "
                + (secondarySuppression
                        ? "other cells are also withheld where needed so that a hidden cell cannot be recomputed from totals"
                        : "no secondary suppression");
    }
}
