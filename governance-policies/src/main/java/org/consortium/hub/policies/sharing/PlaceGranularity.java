package org.consortium.hub.policies.sharing;

/** Place levels (INSEE geography), declared from finest to coarsest. */
public enum PlaceGranularity {
    VENUE,
    COMMUNE,
    DEPARTMENT,
    REGION,
    NATIONAL;

    /** True when this level is strictly finer than the other. */
    public boolean isFinerThan(PlaceGranularity other) {
        return compareTo(other) < 0;
    }
}
