package org.consortium.hub.policies.voting;

/**
 * The share of the body that must take part for a vote to count. A quorum is reached when the
 * participating seats or weight is <b>at least</b> {@code fraction} of the whole (so a quorum
 * of 1/2 is reached by exactly half).
 *
 * @param fraction required share, in [0, 1]; 0 means no quorum
 * @param basis    heads or weight
 */
public record Quorum(Fraction fraction, QuorumBasis basis) {

    public static Quorum ofSeats(Fraction fraction) {
        return new Quorum(fraction, QuorumBasis.SEATS);
    }

    public static Quorum ofWeight(Fraction fraction) {
        return new Quorum(fraction, QuorumBasis.WEIGHT);
    }

    /** No quorum requirement. */
    public static Quorum none() {
        return new Quorum(Fraction.ZERO, QuorumBasis.WEIGHT);
    }
}
