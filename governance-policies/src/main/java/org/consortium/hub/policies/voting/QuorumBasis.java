package org.consortium.hub.policies.voting;

/** What a quorum counts. */
public enum QuorumBasis {
    /**
     * Heads: seats whose ballot counts towards quorum, out of all seats. Only valid when the
     * vote itself counts heads ({@link Weighting#HEADS}): a weighted body must not be quorate
     * by heads alone.
     */
    SEATS,
    /** Weight: the voting power of seats whose ballot counts towards quorum, out of the eligible weight. */
    WEIGHT
}
