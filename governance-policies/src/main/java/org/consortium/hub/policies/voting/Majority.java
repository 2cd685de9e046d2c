package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The majority a motion needs. See {@link MajorityKind} for each kind's exact rule.
 *
 * @param kind     the kind of majority
 * @param fraction p/q for {@link MajorityKind#QUALIFIED} (in (0, 1]); null otherwise
 * @param base     what p/q is taken of, for {@link MajorityKind#QUALIFIED}; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Majority(MajorityKind kind, Fraction fraction, MajorityBase base) {

    public static Majority simple() {
        return new Majority(MajorityKind.SIMPLE, null, null);
    }

    public static Majority absolute() {
        return new Majority(MajorityKind.ABSOLUTE, null, null);
    }

    /** At least {@code fraction} of the votes cast. */
    public static Majority qualifiedOfVotesCast(Fraction fraction) {
        return new Majority(MajorityKind.QUALIFIED, fraction, MajorityBase.VOTES_CAST);
    }

    /** At least {@code fraction} of the eligible weight. */
    public static Majority qualifiedOfEligible(Fraction fraction) {
        return new Majority(MajorityKind.QUALIFIED, fraction, MajorityBase.ELIGIBLE_WEIGHT);
    }

    public static Majority unanimity() {
        return new Majority(MajorityKind.UNANIMITY, null, null);
    }

    public static Majority consent() {
        return new Majority(MajorityKind.CONSENT, null, null);
    }
}
