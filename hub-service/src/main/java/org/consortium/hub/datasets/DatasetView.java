package org.consortium.hub.datasets;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dataset as the catalogue shows it to members: owner, status, and the policy in force in
 * plain words.
 *
 * @param policyVersion         the version in force, or null before approval
 * @param policySummary         that version in plain words, or null
 * @param approvedOn            the day the approval was adopted, or null
 * @param approvedByDecisionSeq the decision log entry that approved it, or null
 * @param openMotionId          the motion now deciding about it (approval, policy change, suspension, retirement), or null
 */
public record DatasetView(String id, String ownerId, String ownerName, DatasetKind kind, String title,
                          String description, String schemaVersion, String licence, DatasetStatus status,
                          Integer policyVersion, String policySummary, LocalDate approvedOn,
                          Long approvedByDecisionSeq, UUID openMotionId) {
}
