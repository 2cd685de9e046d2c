package org.consortium.hub.policies.disclosure.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.StatusCode;
import org.consortium.hub.policies.disclosure.release.LinkedTable.Measure;
import org.junit.jupiter.api.Test;

/**
 * Before and after an update: a member that saw a figure in one release and sees it again in
 * the next learns the change. One venue's late line must not be readable that way; a change
 * made by enough venues is.
 */
class ReleaseDifferenceTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static LinkedTable table(long a, long b, long c, long d) {
        LinkedTable.Builder builder = LinkedTable.builder("t", List.of(), List.of(new Measure("tickets", true)));
        builder.add(MARCH, List.of(), "a", a).add(MARCH, List.of(), "b", b).add(MARCH, List.of(), "c", c);
        if (d > 0) {
            builder.add(MARCH, List.of(), "d", d);
        }
        return builder.build();
    }

    private static Map<String, Map<String, long[]>> published(LinkedTable t) {
        Map<String, Map<String, long[]>> out = new HashMap<>();
        for (int i = 0; i < t.aggregates().size(); i++) {
            out.put(t.aggregates().get(i).key(), t.contributions(i));
        }
        return out;
    }

    @Test
    void oneVenuesLateLineIsWithheldUntilEnoughVenuesChange() {
        LinkedTable before = table(100, 120, 130, 0);
        LinkedTable oneLate = table(100, 120, 175, 0);
        var withheld = ReleaseDifference.toWithhold(List.of(oneLate), published(before), DisclosureRules.DEFAULTS);
        assertThat(withheld).containsKey("2026-03");
        assertThat(withheld.get("2026-03").status()).isEqualTo(StatusCode.A);
        assertThat(withheld.get("2026-03").reason()).contains("across releases");

        // A fourth venue entering the release is a change by one venue too.
        assertThat(ReleaseDifference.toWithhold(List.of(table(100, 120, 130, 40)), published(before),
                DisclosureRules.DEFAULTS)).containsKey("2026-03");

        LinkedTable threeChanged = table(101, 121, 175, 0);
        assertThat(ReleaseDifference.toWithhold(List.of(threeChanged), published(before), DisclosureRules.DEFAULTS))
                .isEmpty();
    }

    @Test
    void anUnchangedFigureOrOneNeverPublishedIsLeftAlone() {
        LinkedTable t = table(100, 120, 130, 0);
        assertThat(ReleaseDifference.toWithhold(List.of(t), published(t), DisclosureRules.DEFAULTS)).isEmpty();
        assertThat(ReleaseDifference.toWithhold(List.of(t), Map.of(), DisclosureRules.DEFAULTS)).isEmpty();
    }
}
