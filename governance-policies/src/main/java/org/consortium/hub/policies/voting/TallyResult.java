package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of a tally with every number it was computed from.
 *
 * @param outcome     adopted, rejected, no quorum, or tied and referred
 * @param referredTo  the body a tie was referred to, when {@code outcome} is
 *                    {@link Outcome#TIED_REFERRED}; null otherwise
 * @param counts      heads and weights
 * @param quorum      the quorum check
 * @param majority    the majority check (computed even without quorum, but then not applied)
 * @param tied        whether the vote tied (see {@link TieBreak}); the tie-break was applied
 *                    only if the quorum was reached as well
 * @param colleges    per-college breakdown under {@link Weighting#COLLEGES}, in the rules'
 *                    college order; empty otherwise
 * @param explanation the plain-English account
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TallyResult(
        Outcome outcome,
        String referredTo,
        VoteCounts counts,
        QuorumResult quorum,
        MajorityResult majority,
        boolean tied,
        List<CollegeTally> colleges,
        Explanation explanation) {

    public TallyResult {
        colleges = List.copyOf(colleges);
    }
}
