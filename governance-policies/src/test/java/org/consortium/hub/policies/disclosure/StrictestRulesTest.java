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
}
