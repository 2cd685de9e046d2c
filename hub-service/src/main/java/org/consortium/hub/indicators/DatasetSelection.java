package org.consortium.hub.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.sharing.AccessRequest;
import org.consortium.hub.policies.sharing.Caller;
import org.consortium.hub.policies.sharing.DatasetRef;
import org.consortium.hub.policies.sharing.PolicyDecision;
import org.consortium.hub.policies.sharing.PolicyEvaluator;

/**
 * Step one of every indicator request: each approved dataset's policy is evaluated for this
 * caller, purpose and granularity (and embargo, counted from the end of the requested
 * period); a denial leaves the dataset out, with its reasons. The disclosure rules applied
 * to the table are the strictest of the included datasets'.
 */
final class DatasetSelection {

    record Included(DatasetPolicy dataset, PolicyDecision decision) {
    }

    record Excluded(String datasetId, List<String> reasons) {
    }

    final List<Included> included = new ArrayList<>();
    final List<Excluded> excluded = new ArrayList<>();

    static DatasetSelection of(List<DatasetPolicy> datasets, Caller caller, IndicatorQuery query, LocalDate today,
                               PolicyEvaluator evaluator) {
        DatasetSelection selection = new DatasetSelection();
        LocalDate periodEnd = query.to() == null ? today : query.to().atEndOfMonth();
        for (DatasetPolicy d : datasets) {
            DatasetRef ref = new DatasetRef(d.datasetId(), d.ownerOrganisationId(), d.policy(), d.approvedOn(), periodEnd);
            PolicyDecision decision = evaluator.evaluate(
                    new AccessRequest(caller, query.purpose(), ref, query.requestedGranularity(), today));
            if (decision.permitted()) {
                selection.included.add(new Included(d, decision));
            } else {
                selection.excluded.add(new Excluded(d.datasetId(), decision.reasons()));
            }
        }
        return selection;
    }

    /** The strictest disclosure rules over the included datasets (the defaults when none). */
    DisclosureRules rules() {
        DisclosureRules strictest = null;
        for (Included i : included) {
            DisclosureRules r = i.decision().obligations() != null ? i.decision().obligations().disclosure()
                    : i.dataset().policy().disclosure();
            strictest = strictest == null ? r : DisclosureRules.strictest(strictest, r);
        }
        return strictest == null ? DisclosureRules.DEFAULTS : strictest;
    }
}
