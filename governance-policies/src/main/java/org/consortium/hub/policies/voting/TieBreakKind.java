package org.consortium.hub.policies.voting;

/** What happens on a tie; see {@link TieBreak}. */
public enum TieBreakKind {
    /**
     * The chair seat's own ballot decides: YES adopts, NO rejects. If the chair abstained or
     * did not vote, there is no casting vote and the motion is rejected (the status quo stands).
     */
    CHAIR_CASTING_VOTE,
    /** A tie rejects the motion. */
    REJECT,
    /** A tie refers the motion to another body, named in {@link TieBreak#referTo()}. */
    REFER
}
