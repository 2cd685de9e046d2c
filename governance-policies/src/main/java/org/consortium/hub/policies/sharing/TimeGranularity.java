package org.consortium.hub.policies.sharing;

/** Time levels, declared from finest to coarsest (the order is used for comparisons). */
public enum TimeGranularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** True when this level is strictly finer than the other. */
    public boolean isFinerThan(TimeGranularity other) {
        return compareTo(other) < 0;
    }
}
