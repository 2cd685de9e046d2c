package org.consortium.hub.policies.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consortium.hub.policies.voting.Bodies.f;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesValidatorTest {

    private static VotingRules.Builder valid() {
        return VotingRules.builder().quorum(Quorum.ofSeats(Fraction.ONE_HALF)).majority(Majority.simple())
                .tieBreak(TieBreak.reject());
    }

    private static VotingRules.Builder colleges(Fraction venues, Fraction companies, Fraction institutions, Fraction partners) {
        return valid().quorum(Quorum.ofWeight(Fraction.ONE_HALF))
                .college("venues", venues).college("companies", companies)
                .college("institutions", institutions).college("partners", partners);
    }

    private static List<Seat> oneSeatPerCollege() {
        return List.of(Seat.of("v1", "o1").inCollege("venues"), Seat.of("c1", "o2").inCollege("companies"),
                Seat.of("i1", "o3").inCollege("institutions"), Seat.of("p1", "o4").inCollege("partners"));
    }

    @Test
    void validRulesHaveNoViolation() {
        assertThat(valid().build().validate()).isEmpty();
        assertThat(RulesValidator.validate(colleges(f(2, 5), f(3, 10), f(1, 5), f(1, 10)).build(), oneSeatPerCollege()))
                .isEmpty();
    }

    @Test
    void sharesMustAddUpToExactlyOneHundredPercent() {
        assertThat(colleges(f(2, 5), f(1, 4), f(1, 5), f(1, 10)).build().validate())
                .containsExactly(new Violation("colleges", "shares must add up to exactly 100%, they add up to 19/20 (95%)"));
    }

    @Test
    void thirdsAddUpExactly() {
        // 1/3 three times is exactly 1: no rounding can make it 99.99%.
        VotingRules thirds = valid().quorum(Quorum.ofWeight(Fraction.ONE_HALF)).collegeShareBounds(ShareBounds.ANY)
                .college("a", f(1, 3)).college("b", f(1, 3)).college("c", f(1, 3)).build();
        assertThat(thirds.validate()).isEmpty();
    }

    @Test
    void sharesMustStayWithinTheScicBoundsByDefault() {
        List<Violation> violations = colleges(f(3, 5), f(3, 10), f(1, 20), f(1, 20)).build().validate();
        assertThat(violations).containsExactly(
                new Violation("colleges[0].share", "college 'venues' holds 3/5 (60%), outside the allowed 1/10 (10%) to 1/2 (50%)"),
                new Violation("colleges[2].share", "college 'institutions' holds 1/20 (5%), outside the allowed 1/10 (10%) to 1/2 (50%)"),
                new Violation("colleges[3].share", "college 'partners' holds 1/20 (5%), outside the allowed 1/10 (10%) to 1/2 (50%)"));
    }

    @Test
    void boundsAreInclusiveAndConfigurable() {
        // 1/2 and 1/10 are exactly at the SCIC bounds, so allowed.
        assertThat(colleges(f(1, 2), f(1, 5), f(1, 5), f(1, 10)).build().validate()).isEmpty();
        VotingRules wider = colleges(f(3, 5), f(1, 5), f(1, 10), f(1, 10))
                .collegeShareBounds(new ShareBounds(f(1, 20), f(3, 5))).build();
        assertThat(wider.validate()).isEmpty();
        VotingRules inverted = colleges(f(2, 5), f(3, 10), f(1, 5), f(1, 10))
                .collegeShareBounds(new ShareBounds(f(1, 2), f(1, 10))).build();
        assertThat(inverted.validate()).containsExactly(
                new Violation("collegeShareBounds", "must satisfy 0 <= min <= max <= 1, was min 1/2, max 1/10"));
    }

    @Test
    void quorumMustBeBetweenZeroAndOne() {
        assertThat(valid().quorum(Quorum.ofSeats(f(3, 2))).build().validate())
                .containsExactly(new Violation("quorum.fraction", "must be between 0 and 1, was 3/2"));
        assertThat(valid().quorum(Quorum.ofSeats(f(-1, 2))).build().validate())
                .containsExactly(new Violation("quorum.fraction", "must be between 0 and 1, was -1/2"));
        assertThat(valid().quorum(Quorum.ofSeats(Fraction.ZERO)).build().validate()).isEmpty();
        assertThat(valid().quorum(Quorum.ofSeats(Fraction.ONE)).build().validate()).isEmpty();
    }

    @Test
    void qualifiedFractionMustBeAboveZeroAndAtMostOne() {
        assertThat(valid().majority(Majority.qualifiedOfVotesCast(Fraction.ZERO)).build().validate())
                .containsExactly(new Violation("majority.fraction", "must be more than 0 and at most 1, was 0"));
        assertThat(valid().majority(Majority.qualifiedOfEligible(f(5, 4))).build().validate())
                .containsExactly(new Violation("majority.fraction", "must be more than 0 and at most 1, was 5/4"));
        assertThat(valid().majority(new Majority(MajorityKind.QUALIFIED, f(2, 3), null)).build().validate())
                .containsExactly(new Violation("majority.base",
                        "is required for a qualified majority: VOTES_CAST or ELIGIBLE_WEIGHT"));
        assertThat(valid().majority(Majority.qualifiedOfVotesCast(Fraction.ONE)).build().validate()).isEmpty();
    }

    @Test
    void aWeightedBodyMustNotCountQuorumInHeads() {
        VotingRules rules = colleges(f(2, 5), f(3, 10), f(1, 5), f(1, 10)).quorum(Quorum.ofSeats(Fraction.ONE_HALF)).build();
        assertThat(rules.validate()).containsExactly(new Violation("quorum.basis",
                "must be WEIGHT because votes are weighted (COLLEGES): a weighted body must not be quorate by heads alone"));
        VotingRules weighted = valid().weighting(Weighting.SEAT_WEIGHTS).build();
        assertThat(weighted.validate()).extracting(Violation::path).containsExactly("quorum.basis");
    }

    @Test
    void bodyNeedsSeats() {
        assertThat(RulesValidator.validate(valid().build(), List.of()))
                .containsExactly(new Violation("seats", "a voting body needs at least one seat"));
    }

    @Test
    void seatsNeedIdsHoldersAndPositiveWeights() {
        List<Seat> seats = List.of(Seat.of("s1", "o1").withWeight(0), Seat.of("s1", " "),
                Seat.of("s3", "o3").withWeight(Fraction.of(-1, 2)));
        assertThat(RulesValidator.validate(valid().build(), seats)).containsExactly(
                new Violation("seats[0].weight", "must be positive, was 0"),
                new Violation("seats[1].id", "duplicate seat 's1', already used by seats[0]"),
                new Violation("seats[1].holder", "is required (organisation or person id)"),
                new Violation("seats[2].weight", "must be positive, was -1/2"));
    }

    @Test
    void everySeatMustBelongToADeclaredCollege() {
        List<Seat> seats = List.of(Seat.of("v1", "o1").inCollege("venues"), Seat.of("x1", "o2"),
                Seat.of("y1", "o3").inCollege("festivals"));
        assertThat(RulesValidator.validate(colleges(f(2, 5), f(3, 10), f(1, 5), f(1, 10)).build(), seats)).containsExactly(
                new Violation("seats[1].college", "is required when weighting is COLLEGES"),
                new Violation("seats[2].college",
                        "'festivals' is not a declared college; declared: venues, companies, institutions, partners"));
    }

    @Test
    void collegesNeedTheCollegeWeighting() {
        VotingRules headsWithColleges = new VotingRules(Weighting.HEADS, Quorum.ofSeats(Fraction.ONE_HALF), Majority.simple(),
                null, List.of(College.of("venues", Fraction.ONE)), null, TieBreak.reject());
        assertThat(headsWithColleges.validate()).containsExactly(new Violation("colleges",
                "are declared but weighting is HEADS; set weighting to COLLEGES or remove them"));
        VotingRules collegesWithout = valid().weighting(Weighting.COLLEGES).quorum(Quorum.ofWeight(Fraction.ONE_HALF)).build();
        assertThat(collegesWithout.validate()).containsExactly(
                new Violation("colleges", "at least one college is required when weighting is COLLEGES"));
    }

    @Test
    void chairCastingVoteNeedsExactlyOneChair() {
        VotingRules rules = valid().tieBreak(TieBreak.chairCastingVote()).build();
        assertThat(RulesValidator.validate(rules, List.of(Seat.of("s1", "o1"), Seat.of("s2", "o2")))).containsExactly(
                new Violation("seats", "exactly one seat must be the chair when the tie-break is the chair's casting vote, found 0"));
        assertThat(RulesValidator.validate(rules, List.of(Seat.of("s1", "o1").asChair(), Seat.of("s2", "o2").asChair())))
                .extracting(Violation::message).containsExactly(
                        "exactly one seat must be the chair when the tie-break is the chair's casting vote, found 2");
        assertThat(RulesValidator.validate(rules, List.of(Seat.of("s1", "o1").asChair(), Seat.of("s2", "o2")))).isEmpty();
    }

    @Test
    void referralNeedsATarget() {
        assertThat(valid().tieBreak(TieBreak.referTo(" ")).build().validate())
                .containsExactly(new Violation("tieBreak.referTo", "must name the body a tie is referred to"));
    }

    @Test
    void missingPartsAreEachReported() {
        assertThat(VotingRules.builder().build().validate()).extracting(Violation::path)
                .containsExactly("quorum", "majority", "tieBreak");
    }

    @Test
    void factoryThrowsWithEveryViolation() {
        VotingRules.Builder bad = colleges(f(3, 5), f(3, 10), f(1, 5), f(1, 10))
                .majority(Majority.qualifiedOfVotesCast(f(3, 2))).tieBreak(TieBreak.referTo(null));
        assertThatThrownBy(bad::buildValid)
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("majority.fraction", "colleges[0].share", "colleges", "tieBreak.referTo"))
                .hasMessageStartingWith("Invalid voting rules: majority.fraction: must be more than 0 and at most 1, was 3/2; ")
                .hasMessageContaining("colleges: shares must add up to exactly 100%, they add up to 6/5 (120%)");
        assertThatThrownBy(() -> RulesValidator.requireValid(valid().build(), List.of()))
                .isInstanceOf(InvalidRulesException.class).hasMessage("Invalid voting rules: seats: a voting body needs at least one seat");
    }
}
