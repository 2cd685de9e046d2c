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
        List<CellKey> keys = table.keys();
        Map<CellKey, CellContributions> cells = new LinkedHashMap<>();
        Map<CellKey, CellVerdict> verdicts = new LinkedHashMap<>();
        for (CellKey key : keys) {
            CellContributions c = table.cell(key);
            cells.put(key, c);
            verdicts.put(key, PrimaryCheck.check(c, rules));
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
