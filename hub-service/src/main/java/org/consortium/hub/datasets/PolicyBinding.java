package org.consortium.hub.datasets;

import java.time.LocalDate;
import org.consortium.hub.policies.sharing.SharingPolicy;

/**
 * A dataset bound to the policy version in force, as other slices (indicators) need it to
 * evaluate access and to cite provenance.
 *
 * @param datasetId            the dataset
 * @param ownerOrganisationId  the member that owns it
 * @param policy               the adopted policy (its policyId is the dataset id, its version {@code version})
 * @param version              the dataset's policy version number
 * @param adoptedByDecisionSeq the decision log entry that adopted this version
 * @param approvedOn           the day the dataset's approval was adopted (UTC), or null
 */
public record PolicyBinding(String datasetId, String ownerOrganisationId, SharingPolicy policy, int version,
                            Long adoptedByDecisionSeq, LocalDate approvedOn) {
}
