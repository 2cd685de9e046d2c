package org.consortium.hub.policies.sharing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "May I, as this caller, for this purpose, see this dataset's aggregates at this
 * granularity today?" The date is passed in so that evaluation never reads a clock and is
 * reproducible.
 */
public record AccessRequest(Caller caller, Purpose purpose, DatasetRef dataset, Granularity requested,
                            LocalDate today) {
    public AccessRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(today, "today");
    }

    /** True when the caller acts for the dataset's owner. */
    public boolean callerOwnsDataset() {
        return dataset.ownerOrganisationId().equals(caller.organisationId());
    }

    public SharingPolicy policy() {
        return dataset.policy();
    }
}
