package org.consortium.hub.policies.disclosure.release;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.StatusCode;

/**
 * Primary rules for one aggregate, written for an attacker that is a member organisation
 * (or a coalition of {@code rules.coalition()} members) knowing its own contributions:
 * <ul>
 *   <li>frequency: at least {@code minContributors + coalition - 1} venues, so that every
 *       member, subtracting its own, still faces {@code minContributors - 1} others;</li>
 *   <li>people: the cell's count without its largest venue(s) is at least
 *       {@code minCountForPeople} (a true zero, nobody at all, reveals nothing and passes);</li>
 *   <li>dominance: the (n, k) rule of the policy;</li>
 *   <li>the p% rule, which assumes the second-largest venue is the attacker: the venues other
 *       than the largest and the attacker(s) must sum to at least p % of the largest.</li>
 * </ul>
 * Every comparison is exact (integers); every measure of the cell is checked and the first
 * breach decides.
 */
public final class MemberAwarePrimary {

    private MemberAwarePrimary() {
    }

    public static CellVerdict check(Map<String, long[]> contributions, List<LinkedTable.Measure> measures,
                                    DisclosureRules rules) {
        long units = contributions.values().stream().filter(MemberAwarePrimary::positive).count();
        if (units == 0) {
            return new CellVerdict(StatusCode.V, "Publishable: no venue contributes to this cell.");
        }
        int needed = rules.minContributors() + rules.coalition() - 1;
        if (units < needed) {
            return new CellVerdict(StatusCode.A, "Frequency rule: fewer than " + needed
                    + " venues contribute to this cell.");
        }
        for (int m = 0; m < measures.size(); m++) {
            List<Long> values = new ArrayList<>();
            for (long[] v : contributions.values()) {
                if (v[m] > 0) {
                    values.add(v[m]);
                }
            }
            values.sort(Comparator.reverseOrder());
            BigInteger total = sum(values, 0, values.size());
            if (measures.get(m).countsPeople() && total.signum() > 0
                    && total.subtract(sum(values, 0, rules.coalition())).compareTo(
                    BigInteger.valueOf(rules.minCountForPeople())) < 0) {
                return new CellVerdict(StatusCode.A, "Frequency rule: without its largest venue"
                        + (rules.coalition() > 1 ? "s" : "") + ", this cell counts fewer than "
                        + rules.minCountForPeople() + " people.");
            }
            if (rules.dominance().isDominated(values)) {
                return new CellVerdict(StatusCode.B, "Dominance rule: " + rules.dominance().describe() + ".");
            }
            if (rules.pPercent() > 0 && !values.isEmpty()) {
                BigInteger largest = BigInteger.valueOf(values.get(0));
                BigInteger rest = total.subtract(sum(values, 0, 1 + rules.coalition()));
                if (rest.multiply(BigInteger.valueOf(100)).compareTo(largest.multiply(BigInteger.valueOf(rules.pPercent()))) < 0) {
                    return new CellVerdict(StatusCode.B, "p% rule: the second-largest venue could estimate the "
                            + "largest one's " + measures.get(m).name() + " to within " + rules.pPercent() + "%.");
                }
            }
        }
        return new CellVerdict(StatusCode.V, "Publishable: at least " + needed
                + " venues contribute and none dominates.");
    }

    /**
     * The rule for a count of distinct venues (how many venues played a production): it holds
     * no venue's figure, only the fact that it played, which programmes make public, so only
     * the frequency rule applies.
     */
    public static CellVerdict distinctVenues(long venues, DisclosureRules rules) {
        int needed = rules.minContributors() + rules.coalition() - 1;
        return venues < needed
                ? new CellVerdict(StatusCode.A, "Frequency rule: fewer than " + needed + " venues played this production.")
                : new CellVerdict(StatusCode.V, "Publishable.");
    }

    private static boolean positive(long[] values) {
        for (long v : values) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger sum(List<Long> values, int from, int to) {
        BigInteger s = BigInteger.ZERO;
        for (int i = from; i < Math.min(to, values.size()); i++) {
            s = s.add(BigInteger.valueOf(values.get(i)));
        }
        return s;
    }
}
