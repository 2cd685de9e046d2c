package org.consortium.hub.policies.voting;

/**
 * The majority check. {@code yes} is compared with {@code threshold}: strictly ("more than")
 * for simple and absolute majorities, "at least" for qualified majorities and unanimity. For
 * {@link MajorityKind#CONSENT} the test is instead that {@code against} (the weight of NO
 * ballots) is zero, and {@code threshold} is 0.
 *
 * @param kind      the kind of majority
 * @param base      what the majority is taken of: the votes-cast base (yes + no, plus abstain
 *                  when counted) or the eligible weight; for consent, the weight of all ballots
 * @param threshold the bound yes is compared with
 * @param strict    true for "more than", false for "at least"
 * @param yes       weight of YES ballots
 * @param against   weight of the side against: NO, plus ABSTAIN when abstentions count in the
 *                  base (for consent: NO only, the objections)
 * @param reached   whether the majority is reached
 * @param tied      whether the vote tied: a "more than half" kind with yes exactly half of a
 *                  non-empty base and against equal to yes
 */
public record MajorityResult(
        MajorityKind kind,
        Fraction base,
        Fraction threshold,
        boolean strict,
        Fraction yes,
        Fraction against,
        boolean reached,
        boolean tied) {

    static MajorityResult evaluate(Majority majority, Abstentions abstentions, VoteCounts counts) {
        Fraction yes = counts.yesWeight();
        Fraction against = counts.noWeight().add(
                abstentions.countInMajorityBase() ? counts.abstainWeight() : Fraction.ZERO);
        Fraction cast = yes.add(against);
        Fraction eligible = counts.eligibleWeight();
        return switch (majority.kind()) {
            case SIMPLE -> moreThanHalf(MajorityKind.SIMPLE, cast, yes, against);
            case ABSOLUTE -> moreThanHalf(MajorityKind.ABSOLUTE, eligible, yes, against);
            case QUALIFIED -> {
                Fraction base = majority.base() == MajorityBase.ELIGIBLE_WEIGHT ? eligible : cast;
                Fraction threshold = majority.fraction().multiply(base);
                // An empty base (nobody voted yes or no) must not pass "0 >= 0".
                yield new MajorityResult(MajorityKind.QUALIFIED, base, threshold, false, yes, against,
                        base.signum() > 0 && yes.isAtLeast(threshold), false);
            }
            case UNANIMITY -> new MajorityResult(MajorityKind.UNANIMITY, cast, cast, false, yes, against,
                    cast.signum() > 0 && yes.isAtLeast(cast), false);
            case CONSENT -> {
                Fraction all = yes.add(counts.noWeight()).add(counts.abstainWeight());
                yield new MajorityResult(MajorityKind.CONSENT, all, Fraction.ZERO, false, yes,
                        counts.noWeight(), counts.noHeads() == 0, false);
            }
        };
    }

    private static MajorityResult moreThanHalf(MajorityKind kind, Fraction base, Fraction yes, Fraction against) {
        Fraction half = base.multiply(Fraction.ONE_HALF);
        boolean reached = yes.isGreaterThan(half);
        boolean tied = base.signum() > 0 && yes.equals(half) && against.equals(yes);
        return new MajorityResult(kind, base, half, true, yes, against, reached, tied);
    }
}
