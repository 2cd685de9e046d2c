package org.consortium.hub.datasets;

import java.util.Set;

/**
 * What a dataset holds. An attendance dataset carries its performances too, so that each
 * attendance line finds its performance (date, genre, capacity) in the same dataset, and the
 * dataset's records stay on one Kafka partition, in order.
 */
public enum DatasetKind {
    EVENTS(Set.of("performance")),
    ATTENDANCE(Set.of("performance", "attendance")),
    WORKS(Set.of("work"));

    private final Set<String> recordTypes;

    DatasetKind(Set<String> recordTypes) {
        this.recordTypes = recordTypes;
    }

    /** Record types (contract names) this kind of dataset accepts. */
    public Set<String> recordTypes() {
        return recordTypes;
    }
}
