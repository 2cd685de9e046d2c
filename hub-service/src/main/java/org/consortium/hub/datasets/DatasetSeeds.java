package org.consortium.hub.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.consortium.hub.governance.DecisionEntry;
import org.consortium.hub.governance.DecisionLog;
import org.consortium.hub.governance.GovernanceConfig;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.policies.sharing.PolicyTemplates;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.policies.voting.Outcome;

/**
 * Gives datasets created outside the proposal flow (the demo consortium's) their policy
 * version 1, so that every dataset has one.
 *
 * <p>An approved seeded dataset gets an <em>initial decision</em>: an APPROVE_DATASET entry
 * appended to the decision log with no motion, stating that the approval predates the hub.
 * Its policy version and the dataset cite that entry like any adopted decision, so provenance
 * never has a gap, and the hash chain covers it. A proposed seeded dataset gets a pending
 * version and its approval motion, as a proposal would.
 */
@ApplicationScoped
public class DatasetSeeds {

    static final String SEEDER = "demo-seed";

    @Inject
    DatasetService datasets;

    @Inject
    DecisionLog log;

    @Inject
    MotionService motions;

    @Inject
    GovernanceConfig config;

    @Inject
    ObjectMapper json;

    /** Records the approval of an APPROVED dataset with the template's policy as version 1 in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordInitialApproval(String datasetId, String template) {
        Dataset d = datasets.require(datasetId);
        SharingPolicy policy = PolicyDocuments.bind(PolicyTemplates.load(template), d.id, 1, null);
        ObjectNode explanation = json.createObjectNode();
        explanation.put("title", "Initial approval of dataset " + d.title);
        explanation.put("closing", "recorded when the hub was seeded: the dataset was approved before the hub "
                + "kept its decisions, so no motion was voted here");
        explanation.putArray("lines").add("Policy version 1 from template '" + template + "': " + PolicySummary.of(policy));
        explanation.putArray("effects").add("Dataset '" + d.id + "' is APPROVED with policy version 1 in force.");
        DecisionEntry entry = log.append(new DecisionLog.NewEntry(MotionKind.APPROVE_DATASET.name(), d.id, null, null,
                Outcome.ADOPTED.name(), null, explanation));
        OffsetDateTime now = DatasetProposals.now();
        DatasetPolicyVersion v = DatasetProposals.pending(d.id, 1, null, policy, SEEDER, now);
        v.status = PolicyVersionStatus.CURRENT;
        v.adoptedAt = now;
        v.adoptedByDecisionSeq = entry.seq;
        d.approvedAt = now;
        d.approvedByDecisionSeq = entry.seq;
    }

    /** Gives a PROPOSED dataset its pending version 1 and opens its approval motion (if the body can vote). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordProposal(String datasetId, String template) {
        Dataset d = datasets.require(datasetId);
        SharingPolicy policy = PolicyDocuments.bind(PolicyTemplates.load(template), d.id, 1, null);
        DatasetPolicyVersion v = DatasetProposals.pending(d.id, 1, null, policy, SEEDER, DatasetProposals.now());
        motions.openIfBodyReady(new MotionService.Opening(config.datasetBody(), MotionKind.APPROVE_DATASET, d.id,
                DatasetProposals.motionTitle("Approve dataset ", d), DatasetProposals.describe(d, datasets.owner(d),
                        policy, d.description), null, false), SEEDER).ifPresent(m -> v.motionId = m.id);
    }
}
