package org.consortium.hub.policies.voting;

/** The result of a tally. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    /** Too few took part: the vote decides nothing (the motion is neither adopted nor rejected on its merits). */
    NO_QUORUM,
    /** A tie under {@link TieBreakKind#REFER}: the motion goes to the body in {@link TallyResult#referredTo()}. */
    TIED_REFERRED
}
