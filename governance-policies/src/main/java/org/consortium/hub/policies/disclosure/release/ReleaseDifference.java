package org.consortium.hub.policies.disclosure.release;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.StatusCode;

/**
 * The rule across releases. Two releases are two tables of the same figures: an aggregate
 * published in both tells the difference, which is the change made by the venues whose
 * contributions changed in between (a late line, a correction, a dataset entering the
 * release). That difference is protected as a cell in its own right: when fewer venues than
 * the frequency rule asks for changed an aggregate since the release in which it was last
 * published, the aggregate is withheld in the new release (and protected there like any
 * primary suppression), until enough venues have changed it.
 */
public final class ReleaseDifference {

    private ReleaseDifference() {
    }

    /**
     * The aggregates of the new tables to withhold.
     *
     * @param lastPublished per aggregate key, each venue's contributions (per measure) as of the
     *                      release that last published it
     */
    public static Map<String, CellVerdict> toWithhold(List<LinkedTable> tables,
                                                      Map<String, Map<String, long[]>> lastPublished,
                                                      DisclosureRules rules) {
        return toWithhold(tables, lastPublished, rules, -1);
    }

    /** As above, comparing one measure only ({@code -1}: every measure). */
    public static Map<String, CellVerdict> toWithhold(List<LinkedTable> tables,
                                                      Map<String, Map<String, long[]>> lastPublished,
                                                      DisclosureRules rules, int measure) {
        int needed = rules.minContributors() + rules.coalition() - 1;
        Map<String, CellVerdict> out = new LinkedHashMap<>();
        for (LinkedTable t : tables) {
            for (int a = 0; a < t.aggregates().size(); a++) {
                String key = t.aggregates().get(a).key();
                Map<String, long[]> before = lastPublished.get(key);
                if (before == null || out.containsKey(key)) {
                    continue;
                }
                int changed = changedUnits(pick(before, measure), pick(t.contributions(a), measure)).size();
                if (changed > 0 && changed < needed) {
                    out.put(key, new CellVerdict(StatusCode.A, "Frequency rule across releases: since this figure "
                            + "was last published, fewer than " + needed + " venues changed it, so the change "
                            + "would reveal their figures."));
                }
            }
        }
        return out;
    }

    /** The venues whose contribution differs between two states of an aggregate. */
    public static Set<String> changedUnits(Map<String, long[]> before, Map<String, long[]> after) {
        Set<String> units = new HashSet<>(before.keySet());
        units.addAll(after.keySet());
        Set<String> changed = new HashSet<>();
        for (String u : units) {
            long[] b = before.get(u);
            long[] n = after.get(u);
            if (!Arrays.equals(b == null || isZero(b) ? null : b, n == null || isZero(n) ? null : n)) {
                changed.add(u);
            }
        }
        return changed;
    }

    private static Map<String, long[]> pick(Map<String, long[]> contributions, int measure) {
        if (measure < 0) {
            return contributions;
        }
        Map<String, long[]> out = new LinkedHashMap<>();
        contributions.forEach((unit, values) -> out.put(unit, new long[] {values[measure]}));
        return out;
    }

    private static boolean isZero(long[] values) {
        for (long v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
