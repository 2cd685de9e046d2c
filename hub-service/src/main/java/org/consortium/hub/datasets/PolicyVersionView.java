package org.consortium.hub.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One policy version of a dataset, with how it was decided.
 *
 * @param motionId             the motion that decided it (or is deciding it); null for a seeded initial approval
 * @param adoptedByDecisionSeq the decision log entry that adopted it, or null if never adopted
 * @param summary              the policy in plain words, one sentence per aspect
 * @param document             the policy document (canonical JSON)
 */
public record PolicyVersionView(String datasetId, int version, PolicyVersionStatus status, Integer replacesVersion,
                                UUID motionId, Long adoptedByDecisionSeq, OffsetDateTime adoptedAt, String proposedBy,
                                OffsetDateTime proposedAt, List<String> summary, JsonNode document) {
}
