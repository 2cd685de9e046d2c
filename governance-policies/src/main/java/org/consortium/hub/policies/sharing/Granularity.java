package org.consortium.hub.policies.sharing;

import java.util.Objects;

/** A time level and a place level, e.g. MONTH × DEPARTMENT. */
public record Granularity(TimeGranularity time, PlaceGranularity place) {

    public Granularity {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(place, "place");
    }

    /** True when this granularity is at least as coarse as the floor on both axes. */
    public boolean isAtOrCoarserThan(Granularity floor) {
        return !time.isFinerThan(floor.time) && !place.isFinerThan(floor.place);
    }

    @Override
    public String toString() {
        return time + " × " + place;
    }
}
