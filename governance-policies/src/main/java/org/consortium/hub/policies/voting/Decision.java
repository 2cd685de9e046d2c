package org.consortium.hub.policies.voting;

/**
 * The outcome drawn from the quorum and majority checks, with the tie-break applied, and the
 * sentence that says how the tie was broken (null when there was no tie to break).
 */
record Decision(Outcome outcome, String referredTo, String tieBreakLine) {

    static Decision of(TieBreak tieBreak, QuorumResult quorum, MajorityResult majority,
                       String chairSeatId, Choice chairChoice) {
        if (!quorum.reached()) {
            return new Decision(Outcome.NO_QUORUM, null, null);
        }
        if (majority.reached()) {
            return new Decision(Outcome.ADOPTED, null, null);
        }
        if (!majority.tied()) {
            return new Decision(Outcome.REJECTED, null, null);
        }
        return switch (tieBreak.kind()) {
            case REJECT -> new Decision(Outcome.REJECTED, null, "Tie-break (reject): a tie rejects the motion.");
            case REFER -> new Decision(Outcome.TIED_REFERRED, tieBreak.referTo(),
                    "Tie-break (refer): the motion is referred to '" + tieBreak.referTo() + "'.");
            case CHAIR_CASTING_VOTE -> chairDecides(chairSeatId, chairChoice);
        };
    }

    private static Decision chairDecides(String chairSeatId, Choice chairChoice) {
        String prefix = "Tie-break (chair's casting vote): chair seat '" + chairSeatId + "' ";
        if (chairChoice == Choice.YES) {
            return new Decision(Outcome.ADOPTED, null, prefix + "voted YES → adopted.");
        }
        if (chairChoice == Choice.NO) {
            return new Decision(Outcome.REJECTED, null, prefix + "voted NO → rejected.");
        }
        String what = chairChoice == Choice.ABSTAIN ? "abstained" : "did not vote";
        return new Decision(Outcome.REJECTED, null,
                prefix + what + ", so there is no casting vote → rejected (the status quo stands).");
    }
}
