package org.consortium.hub.policies.voting;

/**
 * Heads and weights of the ballots. Weights are those the vote uses: 1 per ballot under
 * {@link Weighting#HEADS}, the seat weight under {@link Weighting#SEAT_WEIGHTS}, the college
 * share divided among the college's voters under {@link Weighting#COLLEGES}.
 *
 * @param seats          seats in the body
 * @param yesHeads       YES ballots
 * @param noHeads        NO ballots
 * @param abstainHeads   ABSTAIN ballots
 * @param eligibleWeight weight of the whole body (seat count, sum of seat weights, or sum of the
 *                       shares of colleges that have seats)
 * @param yesWeight      weight of YES ballots
 * @param noWeight       weight of NO ballots
 * @param abstainWeight  weight of ABSTAIN ballots
 */
public record VoteCounts(
        int seats,
        int yesHeads,
        int noHeads,
        int abstainHeads,
        Fraction eligibleWeight,
        Fraction yesWeight,
        Fraction noWeight,
        Fraction abstainWeight) {

    /** Number of ballots cast, abstentions included. */
    public int ballots() {
        return yesHeads + noHeads + abstainHeads;
    }
}
