package org.consortium.hub.policies.sharing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dataset asked about, with the policy version it is bound to.
 *
 * @param datasetId            the dataset's id
 * @param ownerOrganisationId  the member that owns it
 * @param policy               its sharing policy (the adopted version)
 * @param approvedOn           the day its approval was adopted, or null
 * @param dataPeriodEnd        the last day of the data the request covers, or null; the
 *                             embargo counts from this day, or from {@code approvedOn} when
 *                             it is unknown
 */
public record DatasetRef(String datasetId, String ownerOrganisationId, SharingPolicy policy, LocalDate approvedOn,
                         LocalDate dataPeriodEnd) {
    public DatasetRef {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(ownerOrganisationId, "ownerOrganisationId");
        Objects.requireNonNull(policy, "policy");
    }
}
