package org.consortium.hub.policies.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferencingGuardTest {

    private static final Set<String> REGION = Set.of("v1", "v2", "v3", "v4", "v5");

    @Test
    void aSupersetDifferingByOneVenueIsWithheld() {
        // Released: the region without v5 (a venue-kind filter dropped it). Asked: the whole region.
        Set<String> released = Set.of("v1", "v2", "v3", "v4");
        assertThat(DifferencingGuard.check(REGION, List.of(released), 3)).hasValueSatisfying(v -> {
            assertThat(v.status()).isEqualTo(StatusCode.D);
            assertThat(v.reason()).contains("fewer than 3 venues").doesNotContain("v5");
        });
    }

    @Test
    void aSubsetDifferingByTwoVenuesIsWithheldWhenThreeAreRequired() {
        assertThat(DifferencingGuard.check(Set.of("v1", "v2", "v3"), List.of(REGION), 3)).isPresent();
    }

    @Test
    void aDifferenceOfExactlyTheMinimumIsReleased() {
        assertThat(DifferencingGuard.check(Set.of("v1", "v2"), List.of(REGION), 3)).isEmpty();
    }

    @Test
    void theSameSetAgainIsReleased() {
        assertThat(DifferencingGuard.check(REGION, List.of(REGION), 3)).isEmpty();
    }

    @Test
    void setsThatAreNotNestedAreReleased() {
        assertThat(DifferencingGuard.check(Set.of("v1", "v2", "v3"), List.of(Set.of("v3", "v4", "v5", "v6")), 3)).isEmpty();
    }

    @Test
    void nothingReleasedBeforeMeansNoObjection() {
        assertThat(DifferencingGuard.check(REGION, List.of(), 3)).isEmpty();
    }

    @Test
    void aForcedCellIsProtectedBySecondarySuppression() {
        // rows a, b; each cell has 3 venues of 100 each: all publishable on their own.
        ContributionTable table = ContributionTable.oneDimensional()
                .cell("a", false, Map.of("v1", 100L, "v2", 100L, "v3", 100L))
                .cell("b", false, Map.of("v4", 100L, "v5", 100L, "v6", 100L))
                .cell("c", false, Map.of("v7", 100L, "v8", 100L, "v9", 100L))
                .build();
        CellVerdict forced = new CellVerdict(StatusCode.D, "withheld by difference");
        ProtectedTable out = TableProtector.protect(table, DisclosureRules.DEFAULTS,
                Map.of(new CellKey("a", null), forced));
        assertThat(out.status(new CellKey("a", null))).isEqualTo(StatusCode.D);
        // Total minus b minus c would give a: one more cell (or the total) must be withheld.
        assertThat(out.count(StatusCode.D) + out.count(StatusCode.A) + out.count(StatusCode.B)).isGreaterThanOrEqualTo(2);
    }
}
