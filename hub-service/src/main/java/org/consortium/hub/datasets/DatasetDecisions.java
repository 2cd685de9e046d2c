package org.consortium.hub.datasets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consortium.hub.governance.DecidedMotion;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionOutcomeListener;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.policies.voting.Outcome;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * What dataset motions do once decided. Approval adopted: PROPOSED → APPROVED with policy
 * version 1 in force (or SUSPENDED → APPROVED, reinstated); rejected: REJECTED. Policy
 * change adopted: the pending version comes into force and the previous one is superseded;
 * not adopted: the pending version is REJECTED and the previous one stays. Suspension and
 * retirement adopted: SUSPENDED, RETIRED. A referred tie changes nothing yet; an approval
 * without quorum leaves the dataset PROPOSED for a new motion.
 *
 * <p>Pending versions are found by dataset and status rather than by motion id, so that a
 * motion opened by hand or by a referral decides the same version.
 */
@ApplicationScoped
public class DatasetDecisions implements MotionOutcomeListener {

    @Inject
    DatasetService datasets;

    @Inject
    MotionService motions;

    @Override
    public Set<MotionKind> kinds() {
        return DatasetService.DATASET_MOTIONS;
    }

    /** Also guards motions a hub-admin opens by hand (POST /api/v1/motions). */
    @Override
    public void checkSubject(MotionKind kind, String subject) {
        Dataset d = datasets.find(subject).orElseThrow(() ->
                ValidationProblem.ofField("subject", "dataset '" + subject + "' does not exist"));
        Optional<UUID> open = motions.openMotionAbout(subject, DatasetService.DATASET_MOTIONS);
        if (open.isPresent()) {
            throw new ConflictProblem("Dataset '" + subject + "' is under an open motion (" + open.get()
                    + "); wait for its decision");
        }
        boolean pending = DatasetPolicyVersion.withStatus(subject, PolicyVersionStatus.PENDING).isPresent();
        switch (kind) {
            case APPROVE_DATASET -> {
                if (!(d.status == DatasetStatus.PROPOSED && pending) && d.status != DatasetStatus.SUSPENDED) {
                    throw new ConflictProblem("An approval motion needs a PROPOSED (or SUSPENDED) dataset; '"
                            + subject + "' is " + d.status);
                }
            }
            case CHANGE_SHARING_POLICY -> {
                DatasetProposals.requireStatus(d, "vote on a policy change", DatasetStatus.APPROVED, DatasetStatus.SUSPENDED);
                if (!pending) {
                    throw new ConflictProblem("No policy version of '" + subject + "' awaits a vote: propose it with "
                            + "POST /api/v1/datasets/" + subject + "/policy-changes");
                }
            }
            case SUSPEND_DATASET -> DatasetProposals.requireStatus(d, "suspend it", DatasetStatus.APPROVED);
            case RETIRE_DATASET -> DatasetProposals.requireStatus(d, "retire it", DatasetStatus.APPROVED,
                    DatasetStatus.SUSPENDED);
            default -> throw new IllegalArgumentException("not a dataset motion: " + kind);
        }
    }

    @Override
    public List<String> onDecided(DecidedMotion motion) {
        Optional<Dataset> found = datasets.find(motion.subject());
        if (found.isEmpty()) {
            return List.of("No effect: dataset '" + motion.subject() + "' does not exist.");
        }
        Dataset d = found.get();
        if (motion.outcome() == Outcome.TIED_REFERRED) {
            return List.of("No change yet: the decision on dataset '" + d.id + "' was referred.");
        }
        return switch (motion.kind()) {
            case APPROVE_DATASET -> approval(d, motion);
            case CHANGE_SHARING_POLICY -> policyChange(d, motion);
            case SUSPEND_DATASET -> transition(d, motion, DatasetStatus.SUSPENDED, DatasetStatus.APPROVED);
            case RETIRE_DATASET -> transition(d, motion, DatasetStatus.RETIRED, DatasetStatus.APPROVED,
                    DatasetStatus.SUSPENDED);
            default -> List.of();
        };
    }

    /** Stamps the decision on what this motion adopted: the dataset's approval and the version brought into force. */
    @Override
    public void onRecorded(DecidedMotion motion, long decisionSeq) {
        if (!motion.adopted()) {
            return;
        }
        DatasetPolicyVersion.<DatasetPolicyVersion>list("motionId = ?1 and status = ?2 and adoptedByDecisionSeq is null",
                motion.id(), PolicyVersionStatus.CURRENT).forEach(v -> v.adoptedByDecisionSeq = decisionSeq);
        if (motion.kind() == MotionKind.APPROVE_DATASET) {
            datasets.find(motion.subject()).filter(d -> d.status == DatasetStatus.APPROVED && d.approvedByDecisionSeq == null)
                    .ifPresent(d -> d.approvedByDecisionSeq = decisionSeq);
        }
    }

    private List<String> approval(Dataset d, DecidedMotion motion) {
        if (d.status == DatasetStatus.SUSPENDED) {
            if (!motion.adopted()) {
                return List.of("No change: dataset '" + d.id + "' stays SUSPENDED (" + motion.outcome() + ").");
            }
            d.status = DatasetStatus.APPROVED;
            return List.of("Dataset '" + d.id + "' is reinstated: APPROVED again, ingestion reopens.");
        }
        if (d.status != DatasetStatus.PROPOSED) {
            return List.of("No change: dataset '" + d.id + "' is " + d.status + ".");
        }
        Optional<DatasetPolicyVersion> pending = DatasetPolicyVersion.withStatus(d.id, PolicyVersionStatus.PENDING);
        return switch (motion.outcome()) {
            case ADOPTED -> {
                if (pending.isEmpty()) {
                    yield List.of("No change: dataset '" + d.id + "' has no policy version awaiting approval.");
                }
                DatasetPolicyVersion v = pending.get();
                adopt(v, motion);
                d.status = DatasetStatus.APPROVED;
                d.approvedAt = v.adoptedAt;
                yield List.of("Dataset '" + d.id + "' is now APPROVED: ingestion opens.",
                        "Policy version " + v.version + " of '" + d.id + "' is in force.");
            }
            case REJECTED -> {
                d.status = DatasetStatus.REJECTED;
                pending.ifPresent(v -> reject(v, motion));
                yield List.of("Dataset '" + d.id + "' REJECTED.");
            }
            default -> List.of("No decision on dataset '" + d.id + "' (" + motion.outcome()
                    + "): it stays PROPOSED; a hub-admin may open a new approval motion.");
        };
    }

    private List<String> policyChange(Dataset d, DecidedMotion motion) {
        Optional<DatasetPolicyVersion> pending = DatasetPolicyVersion.withStatus(d.id, PolicyVersionStatus.PENDING);
        if (pending.isEmpty()) {
            return List.of("No change: no policy version of '" + d.id + "' awaited this vote.");
        }
        DatasetPolicyVersion v = pending.get();
        Optional<DatasetPolicyVersion> current = DatasetPolicyVersion.withStatus(d.id, PolicyVersionStatus.CURRENT);
        if (!motion.adopted()) {
            reject(v, motion);
            return List.of("Policy version " + v.version + " of '" + d.id + "' is not adopted (" + motion.outcome() + ")"
                    + current.map(c -> "; version " + c.version + " stays in force.").orElse("."));
        }
        current.ifPresent(c -> c.status = PolicyVersionStatus.SUPERSEDED);
        adopt(v, motion);
        return List.of("Policy version " + v.version + " of '" + d.id + "' is now in force"
                + current.map(c -> ", replacing version " + c.version + ".").orElse("."));
    }

    private static List<String> transition(Dataset d, DecidedMotion motion, DatasetStatus to, DatasetStatus... from) {
        if (!motion.adopted()) {
            return List.of("No change: dataset '" + d.id + "' stays " + d.status + " (" + motion.outcome() + ").");
        }
        if (!List.of(from).contains(d.status)) {
            return List.of("No change: dataset '" + d.id + "' is " + d.status + ".");
        }
        d.status = to;
        return List.of("Dataset '" + d.id + "' is now " + to + ".");
    }

    private static void adopt(DatasetPolicyVersion v, DecidedMotion motion) {
        v.status = PolicyVersionStatus.CURRENT;
        v.motionId = motion.id();
        v.adoptedAt = DatasetProposals.now();
    }

    private static void reject(DatasetPolicyVersion v, DecidedMotion motion) {
        v.status = PolicyVersionStatus.REJECTED;
        v.motionId = motion.id();
    }
}
