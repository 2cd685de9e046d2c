package org.consortium.hub.policies.disclosure;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Protection across queries. A caller who received a figure over a set of venues W, and now
 * asks for the same figure over a set V that differs from W by a few venues only (a region
 * with and without a filter that drops one venue), would learn those few venues' total by
 * subtraction; knowing its own venue's figures, even one other venue's. So a new cell is
 * withheld when its venue set contains, or is contained in, a set already released for the
 * same quantity to the same caller and the difference holds fewer venues than the policy's
 * minimum number of contributors.
 */
public final class DifferencingGuard {

    private DifferencingGuard() {
    }

    /**
     * @param venues          the units contributing to the new cell
     * @param released        venue sets of cells of the same quantity released earlier
     * @param minContributors the policy's minimum number of units per cell
     * @return the verdict withholding the cell, or empty when it may be released
     */
    public static Optional<CellVerdict> check(Set<String> venues, Collection<Set<String>> released,
                                              int minContributors) {
        for (Set<String> earlier : released) {
            int difference = differenceIfNested(venues, earlier);
            if (difference > 0 && difference < minContributors) {
                return Optional.of(new CellVerdict(StatusCode.D, "Withheld: compared with a figure already released "
                        + "to you, it would reveal the total of fewer than " + minContributors + " venues"));
            }
        }
        return Optional.empty();
    }

    /** Size of the difference when one set contains the other, 0 when equal, -1 when not nested. */
    static int differenceIfNested(Set<String> a, Set<String> b) {
        if (a.size() >= b.size() && a.containsAll(b)) {
            return a.size() - b.size();
        }
        if (b.size() > a.size() && b.containsAll(a)) {
            return b.size() - a.size();
        }
        return -1;
    }
}
