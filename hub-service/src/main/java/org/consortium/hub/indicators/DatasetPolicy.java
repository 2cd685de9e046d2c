package org.consortium.hub.indicators;

import java.time.LocalDate;
import org.consortium.hub.policies.sharing.SharingPolicy;

/**
 * An approved dataset with the policy version in force and the decision that adopted it.
 *
 * @param adoptedByDecisionSeq the decision-log entry that adopted this version, or null
 */
public record DatasetPolicy(String datasetId, String ownerOrganisationId, SharingPolicy policy, int version,
                            Long adoptedByDecisionSeq, LocalDate approvedOn) {
}
