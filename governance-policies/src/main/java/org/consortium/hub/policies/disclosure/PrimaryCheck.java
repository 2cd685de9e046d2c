package org.consortium.hub.policies.disclosure;

import java.util.List;

/**
 * Primary confidentiality rules for a single cell, usable on its own for ad hoc cells.
 * Rules are tried in INSEE's order: frequency (units, then people) gives A, dominance gives B.
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
        if (cell.isEmpty()) {
            // A true zero reveals nothing about any venue's figures.
            return new CellVerdict(StatusCode.V, "Publishable: no venue contributes to this cell.");
        }
        if (cell.contributingUnits() < rules.minContributors()) {
            return new CellVerdict(StatusCode.A, "Frequency rule: fewer than " + rules.minContributors()
                    + " venues contribute to this cell.");
        }
        if (cell.countsPeople() && cell.value() < rules.minCountForPeople()) {
            return new CellVerdict(StatusCode.A, "Frequency rule: this cell counts fewer than "
                    + rules.minCountForPeople() + " people.");
        }
        List<Long> positive = cell.contributions().values().stream().filter(c -> c > 0).toList();
        if (rules.dominance().isDominated(positive)) {
            return new CellVerdict(StatusCode.B, "Dominance rule: " + rules.dominance().describe() + ".");
        }
        return new CellVerdict(StatusCode.V, "Publishable: at least " + rules.minContributors()
                + " venues contribute and none dominates.");
    }
}
