package org.consortium.hub.policies.voting;

/**
 * How abstentions count. The default ({@link #DEFAULT}) is the usual one: an abstention shows
 * the seat took part, so it counts towards quorum, but it is not a vote for or against, so it
 * stays out of the majority base.
 *
 * @param countTowardsQuorum  an ABSTAIN ballot counts as taking part for the quorum
 * @param countInMajorityBase an ABSTAIN ballot is part of the votes-cast base, where it weighs
 *                            like a vote against (yes must then beat no + abstain)
 */
public record Abstentions(boolean countTowardsQuorum, boolean countInMajorityBase) {

    public static final Abstentions DEFAULT = new Abstentions(true, false);
}
