package org.consortium.hub.policies.disclosure.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.DominanceRule;
import org.consortium.hub.policies.disclosure.StatusCode;
import org.consortium.hub.policies.disclosure.release.LinkedTable.Measure;
import org.junit.jupiter.api.Test;

/**
 * A member organisation attacks a whole release: every table (by period alone, by genre, by
 * department, by genre × department), every aligned period (months, quarters, year, season),
 * all at once, knowing its own figures and which venue played when. It must pin down no other
 * venue's figure to less than the protection level. Each safeguard, removed, lets it through.
 */
class ReleaseAttackerTest {

    private static final List<Measure> MEASURES = List.of(new Measure("tickets", true), new Measure("revenue", false));
    private static final DisclosureRules RULES = DisclosureRules.DEFAULTS;

    /**
     * Six venues over five months of a season in two departments. Most cells have three venues or more;
     * dance in either department has one or two (v1 and v2 in 59, v4 and v5 in 62), v6 plays
     * a very large theatre month in 62, and months, quarters, years and the season overlap.
     */
    static List<MemberAttacker.Row> season() {
        Random random = new Random(20261204);
        List<MemberAttacker.Row> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            YearMonth month = YearMonth.of(2025, 9).plusMonths(i);
            for (String venue : List.of("v1", "v2", "v3")) {
                rows.add(row(venue, month, "theatre", "59", 200 + random.nextInt(300)));
            }
            for (String venue : List.of("v4", "v5", "v6")) {
                rows.add(row(venue, month, "theatre", "62", (venue.equals("v6") && i == 4 ? 9000 : 150)
                        + random.nextInt(300)));
            }
            rows.add(row("v1", month, "dance", "59", 100 + random.nextInt(200)));
            if (i % 2 == 0) {
                rows.add(row("v2", month, "dance", "59", 100 + random.nextInt(200)));
            }
            rows.add(row("v4", month, "dance", "62", 300 + random.nextInt(200)));
            if (i == 1 || i == 2) {
                rows.add(row("v5", month, "dance", "62", 80 + random.nextInt(50)));
            }
        }
        return rows;
    }

    private static MemberAttacker.Row row(String venue, YearMonth month, String genre, String department, long tickets) {
        return new MemberAttacker.Row(venue, month, Map.of("genre", genre, "department", department), tickets,
                tickets * (1500 + venue.hashCode() % 700));
    }

    private static List<LinkedTable> tables(MemberAttacker attacker) {
        return List.of(attacker.table(List.of()), attacker.table(List.of("genre")), attacker.table(List.of("department")),
                attacker.table(List.of("genre", "department")));
    }

    /**
     * Every member's attack: on tickets for the full audit (revenue follows the same pattern of
     * venues), on both measures when looking for a first finding.
     */
    private static List<MemberAttacker.Finding> everyAttack(DisclosureRules rules, boolean firstOnly) {
        MemberAttacker model = new MemberAttacker(season(), List.of("genre", "department"), MEASURES);
        List<LinkedTable> tables = tables(model);
        long start = System.nanoTime();
        ReleaseProtector.Protection protection = ReleaseProtector.protect(tables, rules, Map.of());
        System.out.printf("protected in %d ms, %d passes%n", (System.nanoTime() - start) / 1_000_000, protection.passes());
        List<MemberAttacker.Finding> findings = new ArrayList<>();
        for (String attacker : List.of("v1", "v2", "v3", "v4", "v5", "v6")) {
            for (int m = 0; m < (firstOnly ? MEASURES.size() : 1); m++) {
                findings.addAll(model.attack(attacker, tables, protection, 0.10, m, firstOnly));
                if (firstOnly && !findings.isEmpty()) {
                    return findings;
                }
            }
        }
        return findings;
    }

    @Test
    void noMemberPinsDownAnotherVenuesFigure() {
        assertThat(everyAttack(RULES, false)).isEmpty();
    }

    @Test
    void theReleaseStillPublishesMostFigures() {
        MemberAttacker model = new MemberAttacker(season(), List.of("genre", "department"), MEASURES);
        List<LinkedTable> tables = tables(model);
        ReleaseProtector.Protection protection = ReleaseProtector.protect(tables, RULES, Map.of());
        long published = tables.stream().flatMap(t -> t.aggregates().stream())
                .filter(a -> !protection.verdict(a.key()).status().suppressed()).count();
        long all = tables.stream().mapToLong(t -> t.aggregates().size()).sum();
        assertThat(published).isGreaterThan(all / 4);
        assertThat(protection.verdict("2025/26").status()).isEqualTo(StatusCode.V);
        System.out.printf("release: %d of %d aggregates published, %d withheld, %d passes%n", published, all,
                all - published, protection.passes());
    }

    @Test
    void withoutSecondarySuppressionTheAttackerRecoversFigures() {
        DisclosureRules off = new DisclosureRules(3, 11, DominanceRule.DEFAULT, false, 10, 10, 1);
        assertThat(everyAttack(off, true)).isNotEmpty();
    }

    @Test
    void withoutTheFrequencyRuleTheAttackerRecoversFigures() {
        DisclosureRules off = new DisclosureRules(1, 1, new DominanceRule(1, 100), true, 0, 10, 1);
        assertThat(everyAttack(off, true)).isNotEmpty();
    }

    @Test
    void withoutTheProtectionLevelTheAttackerNarrowsFigures() {
        DisclosureRules off = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true, 10, 0, 1);
        assertThat(everyAttack(off, true)).isNotEmpty();
    }
}
