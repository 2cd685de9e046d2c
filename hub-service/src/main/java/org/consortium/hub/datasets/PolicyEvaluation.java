package org.consortium.hub.datasets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.policies.sharing.AccessRequest;
import org.consortium.hub.policies.sharing.DatasetRef;
import org.consortium.hub.policies.sharing.Granularity;
import org.consortium.hub.policies.sharing.Obligations;
import org.consortium.hub.policies.sharing.OrganisationKind;
import org.consortium.hub.policies.sharing.PolicyDecision;
import org.consortium.hub.policies.sharing.PolicyEvaluator;
import org.consortium.hub.security.Caller;
import org.consortium.hub.web.problem.ConflictProblem;

/**
 * Answers access questions for the calling identity with the library's evaluator: the
 * caller's roles, organisation, its kind and whether it is a member now, against the
 * dataset's policy in force. The dataset's status is the hub's, not the policy's: a dataset
 * that is not APPROVED releases nothing, which the answer adds as a reason of its own.
 */
@ApplicationScoped
public class PolicyEvaluation {

    @Inject
    DatasetService datasets;

    @Inject
    OrganisationService organisations;

    @Inject
    PolicyEvaluator evaluator;

    @Transactional
    public EvaluationView evaluate(EvaluationRequest r, Caller caller) {
        Dataset d = datasets.require(r.datasetId());
        PolicyBinding binding = datasets.currentPolicy(d.id).orElseThrow(() -> new ConflictProblem("Dataset '" + d.id
                + "' is " + d.status + " and has no adopted policy: there is nothing to evaluate yet"));
        AccessRequest request = new AccessRequest(callerOf(caller), r.purpose(),
                new DatasetRef(d.id, d.ownerOrganisationId, binding.policy(), binding.approvedOn(), r.dataPeriodEnd()),
                new Granularity(r.granularity().time(), r.granularity().place()), LocalDate.now(ZoneOffset.UTC));
        PolicyDecision decision = evaluator.evaluate(request);
        boolean open = d.status == DatasetStatus.APPROVED;
        List<String> reasons = new ArrayList<>(decision.reasons());
        String explanation = decision.explanation();
        if (!open) {
            String closed = "The dataset is " + d.status + ": the hub releases no aggregates of it whatever its policy says.";
            reasons = decision.permitted() ? new ArrayList<>() : reasons;
            reasons.add(0, closed);
            explanation = closed + " " + explanation;
        }
        boolean permitted = open && decision.permitted();
        Obligations o = decision.obligations();
        return new EvaluationView(d.id, d.status, binding.version(), binding.adoptedByDecisionSeq(),
                permitted ? "PERMIT" : "DENY", decision.effect().name(), permitted, List.copyOf(reasons), explanation,
                decision.outcomes(), new EvaluationView.ObligationsView(o.disclosure(), o.granularityFloor(),
                        o.licence(), o.describe()));
    }

    /** The library's view of the caller; kind and membership come from the organisation as it stands now. */
    public org.consortium.hub.policies.sharing.Caller callerOf(Caller caller) {
        Organisation org = caller.organisationId() == null ? null : organisations.find(caller.organisationId()).orElse(null);
        OrganisationKind kind = org == null ? null : OrganisationKind.valueOf(org.kind.name());
        boolean member = org != null && org.status == OrganisationStatus.MEMBER;
        return new org.consortium.hub.policies.sharing.Caller(caller.roles(), caller.organisationId(), kind, member);
    }
}
