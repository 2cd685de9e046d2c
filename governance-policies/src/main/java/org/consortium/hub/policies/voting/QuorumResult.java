package org.consortium.hub.policies.voting;

/**
 * The quorum check: reached when {@code present >= required * total}.
 *
 * @param basis         heads or weight
 * @param required      the quorum fraction from the rules
 * @param present       seats (or weight) that count towards quorum
 * @param total         all seats (or the eligible weight)
 * @param threshold     {@code required * total}: the least {@code present} that reaches quorum
 * @param participation {@code present / total}
 * @param reached       whether the quorum is reached
 */
public record QuorumResult(
        QuorumBasis basis,
        Fraction required,
        Fraction present,
        Fraction total,
        Fraction threshold,
        Fraction participation,
        boolean reached) {

    static QuorumResult evaluate(QuorumBasis basis, Fraction required, Fraction present, Fraction total) {
        Fraction threshold = required.multiply(total);
        return new QuorumResult(basis, required, present, total, threshold, present.divide(total),
                present.isAtLeast(threshold));
    }
}
