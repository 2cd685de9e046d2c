package org.consortium.hub.policies.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.policies.disclosure.Units.u;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableProtectorTest {

    private static final DisclosureRules RULES = DisclosureRules.DEFAULTS;

    private static CellKey k(String row, String column) {
        return new CellKey(row, column);
    }

    /**
     * Tickets by genre × quarter (values; venues in brackets).
     * <pre>
     *              Q1          Q2        Q3      | Total
     *   dance      20 [2] A    40        50      | 110
     *   theatre    30          35        60      | 125
     *   music      45          55        70      | 170
     *   Total      95         130       180      | 405
     * </pre>
     * Expected by hand: dance×Q1 is A. Row dance: cheapest other cell is dance×Q2 (40 &lt; 50
     * &lt; 110) → D. Column Q1: theatre×Q1 (30 &lt; 45 &lt; 95) → D. Column Q2 now holds only
     * dance×Q2: cheapest is theatre×Q2 (35 &lt; 55) → D. Row theatre then holds two. The four
     * hidden cells form a rectangle: every row and column has two, so nothing can be
     * subtracted out. Margins stay published.
     */
    static ContributionTable genreByQuarter() {
        return ContributionTable.twoDimensional()
                .cell("dance", "Q1", false, u("v1", 10, "v2", 10))
                .cell("dance", "Q2", false, u("v1", 14, "v2", 13, "v3", 13))
                .cell("dance", "Q3", false, u("v1", 17, "v2", 17, "v3", 16))
                .cell("theatre", "Q1", false, u("v1", 10, "v2", 10, "v4", 10))
                .cell("theatre", "Q2", false, u("v2", 12, "v3", 12, "v4", 11))
                .cell("theatre", "Q3", false, u("v1", 20, "v3", 20, "v4", 20))
                .cell("music", "Q1", false, u("v1", 15, "v2", 15, "v5", 15))
                .cell("music", "Q2", false, u("v3", 20, "v4", 20, "v5", 15))
                .cell("music", "Q3", false, u("v2", 25, "v4", 25, "v5", 20))
                .build();
    }

    @Test
    void handWorkedTableGetsTheExpectedComplements() {
        ProtectedTable result = TableProtector.protect(genreByQuarter(), RULES);

        assertThat(result.status(k("dance", "Q1"))).isEqualTo(StatusCode.A);
        assertThat(result.status(k("dance", "Q2"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k("theatre", "Q1"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k("theatre", "Q2"))).isEqualTo(StatusCode.D);
        assertThat(result.count(StatusCode.D)).isEqualTo(3);
        assertThat(result.count(StatusCode.V)).isEqualTo(16 - 4);
        assertThat(result.get(k(null, null)).publishedValue()).hasValue(405);
        assertThat(result.get(k("dance", null)).publishedValue()).hasValue(110);
        assertThat(result.get(k("dance", "Q2")).reason())
                .contains("(dance × Q1)").contains("row dance");
        assertThat(result.get(k("dance", "Q1")).publishedValue()).isEmpty();
    }

    @Test
    void attackerRecoversNothingFromThePublishedTable() {
        ContributionTable table = genreByQuarter();
        ProtectedTable result = TableProtector.protect(table, RULES);
        Map<CellKey, Long> published = Attacker.published(result);

        assertThat(Attacker.bySubtraction(Attacker.lines(table), published)).isEmpty();
        assertThat(Attacker.byLinearAlgebra(Attacker.lines(table), published)).isEmpty();
    }

    @Test
    void anySingleMissingSecondarySuppressionLetsTheAttackerSubtract() {
        ContributionTable table = genreByQuarter();
        ProtectedTable result = TableProtector.protect(table, RULES);
        for (CellOutcome d : result.cells()) {
            if (d.status() != StatusCode.D) {
                continue;
            }
            // publish this one complement by mistake
            Map<CellKey, Long> leaky = new LinkedHashMap<>(Attacker.published(result));
            leaky.put(d.key(), d.value());
            Map<CellKey, Long> recovered = Attacker.bySubtraction(Attacker.lines(table), leaky);
            assertThat(recovered).as("leaving %s published", d.key())
                    .containsEntry(k("dance", "Q1"), 20L);
        }
    }

    @Test
    void primaryAloneInItsRowIsRecoverableWithoutSecondarySuppression() {
        ContributionTable table = genreByQuarter();
        DisclosureRules noSecondary = new DisclosureRules(3, 11, DominanceRule.DEFAULT, false);
        ProtectedTable result = TableProtector.protect(table, noSecondary);
        assertThat(result.count(StatusCode.D)).isZero();
        // the attacker takes row dance: 110 - 40 - 50 = 20
        assertThat(Attacker.bySubtraction(Attacker.lines(table), Attacker.published(result)))
                .containsEntry(k("dance", "Q1"), 20L);
    }

    /**
     * Ties: row r has the primary (r×a) and two candidates of equal value 30; r×b has 4
     * venues, r×c has 3, so r×c (fewer units) is chosen. Among fully equal cells, table order
     * decides (column s×b before s×c).
     * <pre>
     *         a         b (30, 4 venues)   c (30, 3 venues)
     *   r     12 [2] A  30                 30
     *   s     40        50                 50
     * </pre>
     */
    @Test
    void tieBreaksByFewestUnitsThenTableOrder() {
        ContributionTable table = ContributionTable.twoDimensional()
                .cell("r", "a", false, u("v1", 6, "v2", 6))
                .cell("r", "b", false, u("v1", 8, "v2", 8, "v3", 7, "v4", 7))
                .cell("r", "c", false, u("v1", 10, "v2", 10, "v3", 10))
                .cell("s", "a", false, u("v1", 14, "v2", 13, "v3", 13))
                .cell("s", "b", false, u("v1", 17, "v2", 17, "v3", 16))
                .cell("s", "c", false, u("v1", 17, "v2", 17, "v4", 16))
                .build();
        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.status(k("r", "c"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k("r", "b"))).isEqualTo(StatusCode.V);
        assertThat(result.status(k("s", "a"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k("s", "c"))).isEqualTo(StatusCode.D);
        assertThat(Attacker.byLinearAlgebra(Attacker.lines(table), Attacker.published(result))).isEmpty();
    }

    /**
     * A primary cell whose column has no other non-empty cell makes the column total
     * primary too; the total row then needs a complement, which is a margin.
     * <pre>
     *              Q1          Q2     | Total
     *   dance      12 [2] A    60     |  72
     *   theatre    (empty)     45     |  45
     *   Total      12 [2] A   105     | 117
     * </pre>
     * Row dance → dance×Q2 (60 &lt; 72) D. Total row → Q2 total (105 &lt; 117) D.
     */
    @Test
    void marginsAreSuppressedWhenNeeded() {
        ContributionTable table = ContributionTable.twoDimensional()
                .cell("dance", "Q1", false, u("v1", 6, "v2", 6))
                .cell("dance", "Q2", false, u("v3", 20, "v4", 20, "v5", 20))
                .cell("theatre", "Q2", false, u("v3", 15, "v4", 15, "v6", 15))
                .build();
        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.status(k(null, "Q1"))).isEqualTo(StatusCode.A);
        assertThat(result.get(k(null, "Q1")).margin()).isTrue();
        assertThat(result.status(k("dance", "Q2"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k(null, "Q2"))).isEqualTo(StatusCode.D);
        assertThat(result.status(k("theatre", "Q1"))).isEqualTo(StatusCode.V);
        assertThat(result.status(k(null, null))).isEqualTo(StatusCode.V);
        assertThat(Attacker.byLinearAlgebra(Attacker.lines(table), Attacker.published(result))).isEmpty();
    }

    /**
     * Every row and column holds two hidden cells or none, yet the attacker wins by adding
     * rows r1 and r2 and subtracting columns c1 and c2: r2×c3 is the only cell left.
     * <pre>
     *         c1   c2   c3   c4
     *   r1    A    A    .    .
     *   r2    A    A    A    .
     *   r3    .    .    A    A
     *   r4    .    .    A    A
     * </pre>
     * (A = 2 venues, "." = 3 venues, 100 each.) The protector must add one complement among
     * r3/r4 × c1/c2 to put r2×c3 on a cycle.
     */
    @Test
    void combinationOfRowsAndColumnsIsAlsoBlocked() {
        ContributionTable.Builder b = ContributionTable.twoDimensional();
        String[] rows = {"r1", "r2", "r3", "r4"};
        String[] cols = {"c1", "c2", "c3", "c4"};
        java.util.Set<String> primary = java.util.Set.of("r1c1", "r1c2", "r2c1", "r2c2", "r2c3",
                "r3c3", "r3c4", "r4c3", "r4c4");
        for (String r : rows) {
            for (String c : cols) {
                if (primary.contains(r + c)) {
                    b.cell(r, c, false, u("v1", 10, "v2", 10));
                } else {
                    b.cell(r, c, false, u("v1", 34, "v2", 33, "v3", 33));
                }
            }
        }
        ContributionTable table = b.build();

        ProtectedTable withoutBridgeRule = pairRuleOnly(table);
        assertThat(Attacker.bySubtraction(Attacker.lines(table), Attacker.published(withoutBridgeRule))).isEmpty();
        assertThat(Attacker.byLinearAlgebra(Attacker.lines(table), Attacker.published(withoutBridgeRule)))
                .containsEntry(k("r2", "c3"), 20L);

        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.count(StatusCode.D)).isEqualTo(1);
        assertThat(result.status(k("r3", "c1"))).isEqualTo(StatusCode.D);
        assertThat(result.get(k("r3", "c1")).reason()).contains("combining several rows and columns");
        assertThat(Attacker.byLinearAlgebra(Attacker.lines(table), Attacker.published(result))).isEmpty();
    }

    /** What the pair rule alone leaves here: the nine primaries already satisfy it. */
    private static ProtectedTable pairRuleOnly(ContributionTable table) {
        return TableProtector.protect(table, new DisclosureRules(3, 11, DominanceRule.DEFAULT, false));
    }

    @Test
    void allPublishableTableIsUnchanged() {
        ContributionTable table = ContributionTable.twoDimensional()
                .cell("a", "x", false, u("v1", 10, "v2", 10, "v3", 10))
                .cell("a", "y", false, u("v1", 20, "v2", 20, "v3", 20))
                .cell("b", "x", false, u("v1", 30, "v2", 30, "v3", 30))
                .cell("b", "y", false, u("v1", 40, "v2", 40, "v3", 40))
                .build();
        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.cells()).hasSize(9).allMatch(o -> o.status() == StatusCode.V);
        assertThat(result.get(k("a", null)).publishedValue()).hasValue(90);
        assertThat(result.get(k(null, "y")).publishedValue()).hasValue(180);
        assertThat(result.get(k(null, null)).publishedValue()).hasValue(300);
    }

    @Test
    void emptyTableGivesNoCells() {
        assertThat(TableProtector.protect(ContributionTable.twoDimensional().build(), RULES).isEmpty()).isTrue();
        assertThat(TableProtector.protect(ContributionTable.oneDimensional().build(), RULES).cells()).isEmpty();
    }

    /**
     * People by age band (one dimension).
     * <pre>
     *   under 25   10 people [3 venues]  A (fewer than 11 people)
     *   25-59      40
     *   60+        25
     *   Total      75
     * </pre>
     * The single line needs a second hidden cell: 60+ (25 &lt; 40 &lt; 75) → D.
     */
    @Test
    void oneDimensionalTableWithPeopleCounts() {
        ContributionTable table = ContributionTable.oneDimensional()
                .cell("under 25", true, u("v1", 4, "v2", 3, "v3", 3))
                .cell("25-59", true, u("v1", 14, "v2", 13, "v3", 13))
                .cell("60+", true, u("v1", 9, "v2", 8, "v3", 8))
                .build();
        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.status(CellKey.rowTotal("under 25"))).isEqualTo(StatusCode.A);
        assertThat(result.get(CellKey.rowTotal("under 25")).reason()).contains("11 people");
        assertThat(result.status(CellKey.rowTotal("60+"))).isEqualTo(StatusCode.D);
        assertThat(result.status(CellKey.rowTotal("25-59"))).isEqualTo(StatusCode.V);
        assertThat(result.get(CellKey.grandTotal()).publishedValue()).hasValue(75);
        assertThat(Attacker.bySubtraction(Attacker.lines(table), Attacker.published(result))).isEmpty();
    }

    @Test
    void dominatedMarginIsPrimaryToo() {
        // v1 holds 90 % of both categories, hence of the total as well: the total is
        // checked by the primary rules like any other cell.
        ContributionTable table = ContributionTable.oneDimensional()
                .cell("a", false, u("v1", 90, "v2", 5, "v3", 5))
                .cell("b", false, u("v1", 90, "v2", 5, "v3", 5))
                .build();
        ProtectedTable result = TableProtector.protect(table, RULES);
        assertThat(result.status(CellKey.rowTotal("a"))).isEqualTo(StatusCode.B);
        assertThat(result.status(CellKey.rowTotal("b"))).isEqualTo(StatusCode.B);
        assertThat(result.status(CellKey.grandTotal())).isEqualTo(StatusCode.B);
    }
}
