package org.consortium.hub.policies.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consortium.hub.policies.disclosure.Units.u;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrimaryCheckTest {

    private static final DisclosureRules RULES = DisclosureRules.DEFAULTS;

    private static CellVerdict check(boolean people, Object... units) {
        return PrimaryCheck.check(new CellContributions(u(units), people), RULES);
    }

    @Test
    void twoVenuesIsFrequencySuppressed() {
        CellVerdict v = check(false, "v1", 500, "v2", 400);
        assertThat(v.status()).isEqualTo(StatusCode.A);
        assertThat(v.reason()).contains("fewer than 3 venues").doesNotContain("2");
    }

    @Test
    void threeVenuesWithOneAtNinetyPercentIsDominance() {
        // 90 + 5 + 5 = 100: the largest holds 90 % > 85 %.
        CellVerdict v = check(false, "v1", 90, "v2", 5, "v3", 5);
        assertThat(v.status()).isEqualTo(StatusCode.B);
        assertThat(v.reason()).contains("more than 85%").doesNotContain("90");
    }

    @Test
    void dominanceBoundaryIsStrict() {
        // exactly 85 % is allowed; 85.1 % (851 of 1000) is not (the p% rule off, to see (n, k) alone).
        DisclosureRules nkOnly = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true, 0, 10, 1);
        assertThat(PrimaryCheck.check(new CellContributions(u("v1", 85, "v2", 10, "v3", 5), false), nkOnly).status())
                .isEqualTo(StatusCode.V);
        assertThat(PrimaryCheck.check(new CellContributions(u("v1", 851, "v2", 100, "v3", 49), false), nkOnly).status())
                .isEqualTo(StatusCode.B);
    }

    @Test
    void pPercentRuleAssumesTheSecondLargestIsTheAttacker() {
        // The second largest (50) knows its own figure; the rest (10) bounds its error on the
        // largest (100): 10 is exactly 10 % of 100, allowed; 9 is not.
        assertThat(check(false, "v1", 100, "v2", 50, "v3", 10).status()).isEqualTo(StatusCode.V);
        CellVerdict v = check(false, "v1", 100, "v2", 50, "v3", 9);
        assertThat(v.status()).isEqualTo(StatusCode.B);
        assertThat(v.reason()).contains("p% rule").contains("10%");
        // A coalition of two: the two next largest pool their figures, the rest must cover p %.
        DisclosureRules pairs = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true, 10, 10, 2);
        assertThat(PrimaryCheck.check(new CellContributions(u("a", 100, "b", 50, "c", 40, "d", 10), false), pairs)
                .status()).isEqualTo(StatusCode.V);
        assertThat(PrimaryCheck.check(new CellContributions(u("a", 100, "b", 50, "c", 40, "d", 9), false), pairs)
                .status()).isEqualTo(StatusCode.B);
    }

    @Test
    void aCoalitionNeedsOneMoreVenuePerMember() {
        DisclosureRules pairs = new DisclosureRules(3, 11, DominanceRule.DEFAULT, true, 0, 10, 2);
        assertThat(PrimaryCheck.check(new CellContributions(u("a", 10, "b", 10, "c", 10), false), pairs).status())
                .isEqualTo(StatusCode.A);
        assertThat(PrimaryCheck.check(new CellContributions(u("a", 10, "b", 10, "c", 10, "d", 10), false), pairs)
                .status()).isEqualTo(StatusCode.V);
    }

    @Test
    void dominanceArithmeticDoesNotOverflow() {
        long big = Long.MAX_VALUE / 4;
        assertThat(check(false, "v1", big, "v2", big, "v3", big).status()).isEqualTo(StatusCode.V);
    }

    @Test
    void tenPeopleBesidesTheLargestVenueIsFrequencySuppressedElevenIsNot() {
        // The largest venue knows its own 6: the others must count at least 11 people.
        assertThat(check(true, "v1", 6, "v2", 5, "v3", 5).status()).isEqualTo(StatusCode.A);
        assertThat(check(true, "v1", 6, "v2", 5, "v3", 5).reason()).contains("fewer than 11 people");
        assertThat(check(true, "v1", 6, "v2", 6, "v3", 5).status()).isEqualTo(StatusCode.V);
        // the same figures not counting people are fine
        assertThat(check(false, "v1", 6, "v2", 5, "v3", 5).status()).isEqualTo(StatusCode.V);
    }

    @Test
    void zeroContributionsDoNotCountAsVenues() {
        assertThat(check(false, "v1", 50, "v2", 50, "v3", 0).status()).isEqualTo(StatusCode.A);
    }

    @Test
    void emptyCellIsPublishable() {
        assertThat(check(false).status()).isEqualTo(StatusCode.V);
    }

    @Test
    void nkRuleWithTwoLargestUnits() {
        DisclosureRules twoOf90 = new DisclosureRules(3, 11, new DominanceRule(2, 90), true);
        // top two = 92 of 100 > 90 %
        CellVerdict v = PrimaryCheck.check(new CellContributions(u("a", 50, "b", 42, "c", 4, "d", 4), false), twoOf90);
        assertThat(v.status()).isEqualTo(StatusCode.B);
        assertThat(v.reason()).contains("2 largest venues");
        assertThat(new DominanceRule(2, 90).isDominated(List.of(45L, 45L, 5L, 5L))).isFalse();
    }

    @Test
    void negativeContributionsAreRefused() {
        assertThatThrownBy(() -> new CellContributions(u("v1", -1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
