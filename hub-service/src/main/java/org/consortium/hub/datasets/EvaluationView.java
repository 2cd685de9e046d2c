package org.consortium.hub.datasets;

import java.util.List;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.sharing.ConstraintOutcome;
import org.consortium.hub.policies.sharing.Granularity;
import org.consortium.hub.policies.sharing.OutputLicence;

/**
 * The answer to an access question.
 *
 * @param effect        PERMIT or DENY: the policy's answer, turned into DENY while the dataset is not APPROVED
 * @param policyEffect  what the policy alone answers
 * @param reasons       for a denial the reasons it fails, for a permit every reason it holds, in plain words
 * @param explanation   one paragraph
 * @param outcomes      every constraint evaluated, with its reason
 * @param obligations   what any release under this policy must respect, even after a denial (to ask again right)
 */
public record EvaluationView(String datasetId, DatasetStatus datasetStatus, int policyVersion,
                             Long adoptedByDecisionSeq, String effect, String policyEffect, boolean permitted,
                             List<String> reasons, String explanation, List<ConstraintOutcome> outcomes,
                             ObligationsView obligations) {

    /** Disclosure parameters, coarsest allowed granularity and licence, and the same in words. */
    public record ObligationsView(DisclosureRules disclosure, Granularity granularityFloor, OutputLicence licence,
                                  String inPlainWords) {
    }
}
