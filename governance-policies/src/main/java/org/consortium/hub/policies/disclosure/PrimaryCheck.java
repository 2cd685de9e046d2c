package org.consortium.hub.policies.disclosure;

import java.util.List;

/**
 * Primary confidentiality rules for a single cell, usable on its own for ad hoc cells: the
 * member-aware rules of {@link org.consortium.hub.policies.disclosure.release.MemberAwarePrimary}
 * on one measure. Rules are tried in INSEE's order: frequency (units, then people) gives A,
 * dominance and the p% rule give B.
 */
public final class PrimaryCheck {

    private PrimaryCheck() {
    }

    /**
     * Classifies one cell.
     *
     * @param cell  the unit contributions of the cell
     * @param rules the disclosure parameters
     * @return A, B or V with the reason
     */
    public static CellVerdict check(CellContributions cell, DisclosureRules rules) {
        java.util.Map<String, long[]> contributions = new java.util.LinkedHashMap<>();
        cell.contributions().forEach((unit, value) -> contributions.put(unit, new long[] {value}));
        return org.consortium.hub.policies.disclosure.release.MemberAwarePrimary.check(contributions,
                List.of(new org.consortium.hub.policies.disclosure.release.LinkedTable.Measure("value", cell.countsPeople())),
                rules);
    }
}
