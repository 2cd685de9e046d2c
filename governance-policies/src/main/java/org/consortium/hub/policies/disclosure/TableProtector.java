package org.consortium.hub.policies.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies disclosure control to a whole table: primary rules on every cell, margins
 * included (a total can itself be built from too few venues), then secondary suppression
 * when the rules ask for it.
 */
public final class TableProtector {

    private TableProtector() {
    }

    /**
     * Protects a table.
     *
     * @param table the inner cells with their unit contributions
     * @param rules the disclosure parameters
     * @return the status of every cell and margin; an empty result for an empty table
     */
    public static ProtectedTable protect(ContributionTable table, DisclosureRules rules) {
        return protect(table, rules, Map.of());
    }

    /**
     * Protects a table in which some cells must be withheld for a reason found outside it
     * (e.g. {@link DifferencingGuard}); they are treated as primary suppressions, so that
     * secondary suppression protects them like any other.
     *
     * @param forced cells to withhold, with the verdict to show for each
     */
    public static ProtectedTable protect(ContributionTable table, DisclosureRules rules,
                                         Map<CellKey, CellVerdict> forced) {
        List<CellKey> keys = table.keys();
        Map<CellKey, CellContributions> cells = new LinkedHashMap<>();
        Map<CellKey, CellVerdict> verdicts = new LinkedHashMap<>();
        for (CellKey key : keys) {
            CellContributions c = table.cell(key);
            cells.put(key, c);
            CellVerdict primary = PrimaryCheck.check(c, rules);
            CellVerdict imposed = forced.get(key);
            verdicts.put(key, imposed != null && !primary.status().suppressed() ? imposed : primary);
        }
        if (rules.secondarySuppression()) {
            new SecondarySuppression(table, keys, cells, verdicts).run();
        }
        Map<CellKey, CellOutcome> outcomes = new LinkedHashMap<>();
        for (CellKey key : keys) {
            CellVerdict v = verdicts.get(key);
            outcomes.put(key, new CellOutcome(key, table.isMargin(key), cells.get(key).value(), v.status(), v.reason()));
        }
        return new ProtectedTable(outcomes);
    }
}
