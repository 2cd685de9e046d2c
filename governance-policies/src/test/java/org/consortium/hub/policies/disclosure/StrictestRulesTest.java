package org.consortium.hub.policies.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrictestRulesTest {

    @Test
    void everyParameterTakesTheStricterSide() {
        DisclosureRules a = new DisclosureRules(3, 20, new DominanceRule(1, 85), false);
        DisclosureRules b = new DisclosureRules(5, 11, new DominanceRule(2, 90), true);
        DisclosureRules s = DisclosureRules.strictest(a, b);
        assertThat(s.minContributors()).isEqualTo(5);
        assertThat(s.minCountForPeople()).isEqualTo(20);
        assertThat(s.dominance()).isEqualTo(new DominanceRule(2, 85));
        assertThat(s.secondarySuppression()).isTrue();
        assertThat(DisclosureRules.strictest(a, a)).isEqualTo(a);
    }

    @Test
    void distinctUnitCountsKeepThePrimaryRulesWithoutSecondarySuppression() {
        DisclosureRules strict = new DisclosureRules(4, 15, new DominanceRule(2, 80), true);
        DisclosureRules counts = strict.forDistinctUnitCounts();
        assertThat(counts.minContributors()).isEqualTo(4);
        assertThat(counts.minCountForPeople()).isEqualTo(15);
        assertThat(counts.dominance()).isEqualTo(new DominanceRule(2, 80));
        assertThat(counts.secondarySuppression()).isFalse();
        assertThat(counts.describe()).contains("no secondary suppression");
    }
}
