package org.consortium.hub.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.consortium.hub.governance.DecisionEntry;
import org.consortium.hub.governance.DecisionLog;
import org.consortium.hub.governance.GovernanceConfig;
import org.consortium.hub.governance.Motion;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.web.problem.ConflictProblem;

/**
 * The one status change that does not wait for a vote: a hub-admin suspends a member at once
 * (a data breach, say). It is logged with its reason and opens a SUSPEND_MEMBER ratification
 * motion in the admission body; {@link MembershipDecisions} lifts the suspension if the body
 * does not adopt it.
 */
@ApplicationScoped
public class EmergencySuspension {

    @Inject
    OrganisationService organisations;

    @Inject
    MotionService motions;

    @Inject
    DecisionLog log;

    @Inject
    GovernanceConfig config;

    @Inject
    ObjectMapper json;

    @Transactional
    public SuspensionView suspend(String organisationId, String reason, String by) {
        Organisation o = organisations.require(organisationId);
        if (o.status != OrganisationStatus.MEMBER) {
            throw new ConflictProblem("Only a member can be suspended; '" + organisationId + "' is " + o.status);
        }
        // Opened while the organisation is still a member, so the motion's subject check holds.
        Motion ratification = motions.openIn(new MotionService.Opening(config.admissionBody(), MotionKind.SUSPEND_MEMBER,
                organisationId, "Ratify the emergency suspension of " + o.legalName, reason, null, true), by);
        organisations.changeStatus(o, OrganisationStatus.SUSPENDED);

        ObjectNode explanation = json.createObjectNode();
        explanation.put("by", by);
        explanation.put("reason", reason);
        explanation.putArray("lines")
                .add("Emergency suspension of '" + organisationId + "' by hub-admin '" + by + "', effective at once.")
                .add("Ratification motion " + ratification.id + " opened in '" + ratification.bodyId
                        + "'; the suspension is lifted unless it is adopted.");
        DecisionEntry entry = log.append(new DecisionLog.NewEntry("EMERGENCY_SUSPENSION", organisationId, ratification.id,
                ratification.bodyId, "APPLIED", ratification.rulesVersion, explanation));
        return new SuspensionView(OrganisationView.of(o), ratification.id, entry.seq);
    }
}
