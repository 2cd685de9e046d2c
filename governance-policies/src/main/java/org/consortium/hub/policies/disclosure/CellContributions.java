package org.consortium.hub.policies.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of one cell: the contribution of every unit (venue id → contribution) and
 * whether the cell counts people (which brings in the minimum-count rule).
 *
 * <p>The cell's value is the sum of the contributions, so that value and contributions can
 * never disagree. Contributions must be non-negative: the dominance rule is only meaningful
 * on magnitudes. A unit with a zero contribution does not count as a contributor, otherwise
 * padding a cell with silent venues would let a single real contributor through.
 */
public record CellContributions(Map<String, Long> contributions, boolean countsPeople) {

    public CellContributions {
        Objects.requireNonNull(contributions, "contributions");
        Map<String, Long> copy = new LinkedHashMap<>();
        contributions.forEach((unit, amount) -> {
            Objects.requireNonNull(unit, "unit id");
            Objects.requireNonNull(amount, "contribution of " + unit);
            if (amount < 0) {
                throw new IllegalArgumentException("contribution of " + unit + " is negative: " + amount);
            }
            copy.put(unit, amount);
        });
        contributions = java.util.Collections.unmodifiableMap(copy);
    }

    /** An empty cell (no unit, value 0). */
    public static CellContributions empty(boolean countsPeople) {
        return new CellContributions(Map.of(), countsPeople);
    }

    /** The cell's value: the sum of all contributions. */
    public long value() {
        long sum = 0;
        for (long c : contributions.values()) {
            sum = Math.addExact(sum, c);
        }
        return sum;
    }

    /** Number of units with a positive contribution. */
    public int contributingUnits() {
        return (int) contributions.values().stream().filter(c -> c > 0).count();
    }

    /** True when no unit contributes anything. */
    public boolean isEmpty() {
        return contributingUnits() == 0;
    }
}
