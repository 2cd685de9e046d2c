package org.consortium.hub.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.consortium.hub.governance.BodyService;
import org.consortium.hub.governance.DecidedMotion;
import org.consortium.hub.governance.GovernanceConfig;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionOutcomeListener;
import org.consortium.hub.policies.voting.Outcome;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * What admission and suspension decisions do to an organisation. Admitted: MEMBER, with a
 * seat in the general assembly. Rejected: REJECTED. No quorum or referred: still an applicant.
 * Suspension adopted: SUSPENDED; an emergency suspension not ratified is lifted.
 */
@ApplicationScoped
public class MembershipDecisions implements MotionOutcomeListener {

    @Inject
    OrganisationService organisations;

    @Inject
    BodyService bodies;

    @Inject
    GovernanceConfig config;

    @Override
    public Set<MotionKind> kinds() {
        return Set.of(MotionKind.ADMIT_MEMBER, MotionKind.SUSPEND_MEMBER);
    }

    @Override
    public void checkSubject(MotionKind kind, String subject) {
        Organisation o = organisations.find(subject).orElseThrow(() ->
                ValidationProblem.ofField("subject", "organisation '" + subject + "' does not exist"));
        OrganisationStatus needed = kind == MotionKind.ADMIT_MEMBER ? OrganisationStatus.APPLICANT : OrganisationStatus.MEMBER;
        if (o.status != needed) {
            throw new ConflictProblem("A " + kind + " motion needs an organisation that is " + needed + "; '" + subject
                    + "' is " + o.status);
        }
    }

    @Override
    public List<String> onDecided(DecidedMotion motion) {
        Organisation o = organisations.find(motion.subject()).orElse(null);
        if (o == null) {
            return List.of("No effect: organisation '" + motion.subject() + "' no longer exists.");
        }
        if (motion.outcome() == Outcome.TIED_REFERRED) {
            return List.of("No change yet: the decision on '" + o.id + "' was referred.");
        }
        return motion.kind() == MotionKind.ADMIT_MEMBER ? admission(o, motion) : suspension(o, motion);
    }

    private List<String> admission(Organisation o, DecidedMotion motion) {
        if (o.status != OrganisationStatus.APPLICANT) {
            return List.of("No change: '" + o.id + "' is no longer an applicant (" + o.status + ").");
        }
        return switch (motion.outcome()) {
            case ADOPTED -> {
                organisations.changeStatus(o, OrganisationStatus.MEMBER);
                yield List.of("Organisation '" + o.id + "' is now a MEMBER.",
                        bodies.seatOrganisation(config.assemblyBody(), o.id, o.college));
            }
            case REJECTED -> {
                organisations.changeStatus(o, OrganisationStatus.REJECTED);
                yield List.of("Application of '" + o.id + "' REJECTED.");
            }
            default -> List.of("No decision on '" + o.id + "' (" + motion.outcome()
                    + "): it remains an applicant; a hub-admin may open a new admission motion.");
        };
    }

    private List<String> suspension(Organisation o, DecidedMotion motion) {
        if (motion.adopted()) {
            if (o.status == OrganisationStatus.MEMBER) {
                organisations.changeStatus(o, OrganisationStatus.SUSPENDED);
                return List.of("Organisation '" + o.id + "' is now SUSPENDED.");
            }
            return List.of(o.status == OrganisationStatus.SUSPENDED && motion.ratification()
                    ? "Emergency suspension of '" + o.id + "' ratified: it stays SUSPENDED."
                    : "No change: '" + o.id + "' is " + o.status + ".");
        }
        if (motion.ratification() && o.status == OrganisationStatus.SUSPENDED) {
            organisations.changeStatus(o, OrganisationStatus.MEMBER);
            return List.of("Emergency suspension of '" + o.id + "' not ratified (" + motion.outcome()
                    + "): it is lifted, '" + o.id + "' is a MEMBER again.");
        }
        return List.of("No change: '" + o.id + "' stays " + o.status + ".");
    }
}
