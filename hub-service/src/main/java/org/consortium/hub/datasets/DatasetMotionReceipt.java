package org.consortium.hub.datasets;

import java.util.UUID;
import org.consortium.hub.governance.MotionKind;

/**
 * What a proposal or a change request started.
 *
 * @param datasetId     the dataset
 * @param datasetStatus its status now (a request changes nothing until the vote)
 * @param motionKind    the motion opened
 * @param motionId      the motion deciding it; null when the configured body could not vote
 *                      (a hub-admin opens the motion later)
 * @param policyVersion the policy version put to the vote, or null (suspension, retirement)
 */
public record DatasetMotionReceipt(String datasetId, DatasetStatus datasetStatus, MotionKind motionKind,
                                   UUID motionId, Integer policyVersion) {
}
