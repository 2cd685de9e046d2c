package org.consortium.hub.policies.voting;

/** How much each ballot weighs. */
public enum Weighting {
    /** One seat, one vote: every ballot weighs 1 (seat weights are ignored). */
    HEADS,
    /** Each ballot weighs its seat's {@link Seat#weight()}. */
    SEAT_WEIGHTS,
    /**
     * Each college holds a fixed share of the votes, divided among the college's seats that
     * cast a ballot; see {@link VotingRules} for the exact definition.
     */
    COLLEGES
}
