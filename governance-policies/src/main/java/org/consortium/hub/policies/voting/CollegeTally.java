package org.consortium.hub.policies.voting;

/**
 * How one college voted under {@link Weighting#COLLEGES}.
 *
 * @param college       the college id
 * @param share         its fixed share
 * @param seats         its seats in the body
 * @param yesHeads      its YES ballots
 * @param noHeads       its NO ballots
 * @param abstainHeads  its ABSTAIN ballots
 * @param ballotWeight  the weight of each of its ballots: share divided by its ballots, 0 if none
 * @param yesWeight     weight of its YES ballots
 * @param noWeight      weight of its NO ballots
 * @param abstainWeight weight of its ABSTAIN ballots
 */
public record CollegeTally(
        String college,
        Fraction share,
        int seats,
        int yesHeads,
        int noHeads,
        int abstainHeads,
        Fraction ballotWeight,
        Fraction yesWeight,
        Fraction noWeight,
        Fraction abstainWeight) {

    public int ballots() {
        return yesHeads + noHeads + abstainHeads;
    }
}
