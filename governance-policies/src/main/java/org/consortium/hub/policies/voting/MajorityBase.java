package org.consortium.hub.policies.voting;

/** What a qualified majority's fraction is taken of. */
public enum MajorityBase {
    /** Of the votes cast: yes + no, plus abstentions when they count in the base. */
    VOTES_CAST,
    /** Of the eligible weight of the whole body, whether its seats voted or not. */
    ELIGIBLE_WEIGHT
}
