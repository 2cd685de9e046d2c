package org.consortium.hub.policies.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consortium.hub.policies.voting.Bodies.ballots;
import static org.consortium.hub.policies.voting.Bodies.f;
import static org.consortium.hub.policies.voting.Bodies.seats;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Tallies in one-seat-one-vote bodies: every quorum and majority boundary. */
class TallyHeadsTest {

    private static VotingRules.Builder rules(Majority majority) {
        return VotingRules.builder().quorum(Quorum.ofSeats(Fraction.ONE_HALF)).majority(majority).tieBreak(TieBreak.reject());
    }

    private static TallyResult tally(VotingRules rules, int seats, String pattern) {
        List<Seat> body = seats(seats);
        return Tally.of(rules, body, ballots(body, pattern));
    }

    @Nested
    class QuorumBoundaries {

        @Test
        void exactlyHalfOfTheSeatsIsQuorate() {
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YYYNN -----");
            assertThat(r.quorum().present()).isEqualTo(Fraction.of(5));
            assertThat(r.quorum().threshold()).isEqualTo(Fraction.of(5));
            assertThat(r.quorum().participation()).isEqualTo(f(1, 2));
            assertThat(r.quorum().reached()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void oneSeatShortOfHalfIsNotQuorate() {
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YYYN ------");
            assertThat(r.quorum().participation()).isEqualTo(f(2, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
            assertThat(r.explanation().lines())
                    .contains("Quorum: 4 of 10 seats took part (40%); required at least 1/2 of 10 = 5, i.e. 5 seats → not reached.",
                            "Majority not assessed: without quorum the vote decides nothing.",
                            "Outcome: NO_QUORUM.");
        }

        @Test
        void twoThirdsQuorumOfNineSeatsIsReachedBySixExactly() {
            VotingRules twoThirds = rules(Majority.simple()).quorum(Quorum.ofSeats(f(2, 3))).build();
            assertThat(tally(twoThirds, 9, "YYYYNN ---").quorum().reached()).isTrue();
            assertThat(tally(twoThirds, 9, "YYYYN ----").outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void twoThirdsQuorumOfTenSeatsNeedsSeven() {
            // 2/3 of 10 is 20/3 = 6.67 seats: six are short, seven suffice.
            VotingRules twoThirds = rules(Majority.simple()).quorum(Quorum.ofSeats(f(2, 3))).build();
            TallyResult six = tally(twoThirds, 10, "YYYYNN ----");
            assertThat(six.quorum().threshold()).isEqualTo(f(20, 3));
            assertThat(six.outcome()).isEqualTo(Outcome.NO_QUORUM);
            assertThat(six.explanation().lines()).contains(
                    "Quorum: 6 of 10 seats took part (60%); required at least 2/3 of 10 = 20/3, i.e. 7 seats → not reached.");
            assertThat(tally(twoThirds, 10, "YYYYNNA ---").quorum().reached()).isTrue();
        }

        @Test
        void abstentionsCountTowardsQuorumByDefault() {
            // 5 of 10 took part, 4 of them abstaining: quorate, and 1 yes against 0 no adopts.
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YAAAA -----");
            assertThat(r.quorum().reached()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void abstentionsCanBeLeftOutOfTheQuorum() {
            VotingRules strict = rules(Majority.simple()).abstentions(new Abstentions(false, false)).build();
            TallyResult r = tally(strict, 10, "YAAAA -----");
            assertThat(r.quorum().present()).isEqualTo(Fraction.ONE);
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }
    }

    @Nested
    class SimpleMajority {

        @Test
        void oneMoreYesThanNoAdopts() {
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YYYY NNN A --");
            assertThat(r.majority().base()).isEqualTo(Fraction.of(7));
            assertThat(r.majority().threshold()).isEqualTo(f(7, 2));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.explanation().lines()).containsExactly(
                    "Rules: weighting HEADS; quorum at least 1/2 of seats; majority SIMPLE (yes more than half of yes + no); "
                            + "abstentions count towards quorum and do not count in the majority base; tie-break REJECT.",
                    "Body: 10 seats; eligible weight 10 (one per seat).",
                    "Ballots: 8 of 10 seats voted: yes 4, no 3, abstain 1.",
                    "Quorum: 8 of 10 seats took part (80%); required at least 1/2 of 10 = 5, i.e. 5 seats → reached.",
                    "Majority (simple): yes 4 against no 3; base 7 (yes + no); required more than half of the base, "
                            + "i.e. more than 7/2 → reached.",
                    "Outcome: ADOPTED.");
        }

        @Test
        void oneYesShortIsATie() {
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YYY NNN A ---");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void fewerYesThanNoRejectsWithoutTie() {
            TallyResult r = tally(rules(Majority.simple()).build(), 10, "YY NNN -----");
            assertThat(r.tied()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void abstentionsInTheBaseWeighAgainst() {
            // Base 4 + 2 + 1 = 7; yes 4 > 7/2 adopts. With one more abstention the base is 8 and
            // yes 4 is exactly half against no + abstain 4: a tie.
            VotingRules rules = rules(Majority.simple()).abstentions(new Abstentions(true, true)).build();
            TallyResult adopted = tally(rules, 10, "YYYY NN A ---");
            assertThat(adopted.majority().against()).isEqualTo(Fraction.of(3));
            assertThat(adopted.outcome()).isEqualTo(Outcome.ADOPTED);
            TallyResult tie = tally(rules, 10, "YYYY NN AA --");
            assertThat(tie.majority().base()).isEqualTo(Fraction.of(8));
            assertThat(tie.tied()).isTrue();
            assertThat(tie.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void allAbstainingAdoptsNothingAndIsNoTie() {
            // Even with a referral tie-break: nobody voted for or against, so there is no tie to refer.
            VotingRules rules = rules(Majority.simple()).tieBreak(TieBreak.referTo("general-assembly")).build();
            TallyResult r = tally(rules, 10, "AAAAAA ----");
            assertThat(r.quorum().reached()).isTrue();
            assertThat(r.majority().base()).isEqualTo(Fraction.ZERO);
            assertThat(r.tied()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.referredTo()).isNull();
            assertThat(r.explanation().lines()).contains(
                    "Majority (simple): no vote counting in the base was cast (base 0; 6 abstention(s)) → nothing to adopt, not reached.");
        }
    }

    @Nested
    class AbsoluteMajority {

        @Test
        void moreThanHalfOfAllSeatsAdoptsWhoeverStayedAway() {
            TallyResult r = tally(rules(Majority.absolute()).build(), 10, "YYYYYY ----");
            assertThat(r.majority().base()).isEqualTo(Fraction.of(10));
            assertThat(r.majority().threshold()).isEqualTo(Fraction.of(5));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void exactlyHalfOfAllSeatsIsShortAndNotATie() {
            // 5 yes, 0 no, 5 away: yes beats no, but 5 is not more than half of 10.
            TallyResult r = tally(rules(Majority.absolute()).build(), 10, "YYYYY -----");
            assertThat(r.majority().reached()).isFalse();
            assertThat(r.tied()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.explanation().lines()).contains("Majority (absolute): yes 5 (against no 0) of eligible weight 10; "
                    + "required more than half of it, i.e. more than 5 → not reached.");
        }

        @Test
        void fiveAgainstFiveIsATie() {
            TallyResult r = tally(rules(Majority.absolute()).tieBreak(TieBreak.referTo("general-assembly")).build(),
                    10, "YYYYY NNNNN");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.TIED_REFERRED);
            assertThat(r.referredTo()).isEqualTo("general-assembly");
        }
    }

    @Nested
    class QualifiedMajority {

        private final VotingRules twoThirdsCast = rules(Majority.qualifiedOfVotesCast(f(2, 3))).build();

        @Test
        void exactlyTwoThirdsOfVotesCastAdopts() {
            TallyResult r = tally(twoThirdsCast, 10, "YYYYYY NNN A");
            assertThat(r.majority().base()).isEqualTo(Fraction.of(9));
            assertThat(r.majority().threshold()).isEqualTo(Fraction.of(6));
            assertThat(r.majority().strict()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.explanation().lines()).contains("Majority (qualified 2/3): yes 6 of base 9 (yes + no), i.e. ≈66.67%; "
                    + "required at least 2/3 of 9 = 6 → reached.");
        }

        @Test
        void oneVoteShortOfTwoThirdsRejects() {
            // 6 of 10 is 60%, and 5 of 8 is 62.5%: both under 2/3.
            assertThat(tally(twoThirdsCast, 10, "YYYYYY NNNN").outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(tally(twoThirdsCast, 10, "YYYYY NNN --").outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void twoThirdsIsExactWithLargeBodies() {
            // 200 of 300 is exactly 2/3; 199 of 299 is 0.6656, just under.
            VotingRules rules = rules(Majority.qualifiedOfVotesCast(f(2, 3))).build();
            assertThat(tally(rules, 300, "Y".repeat(200) + "N".repeat(100)).outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(tally(rules, 300, "Y".repeat(199) + "N".repeat(100) + "-").outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void twoThirdsOfEligibleCountsAbsentSeats() {
            VotingRules rules = rules(Majority.qualifiedOfEligible(f(2, 3))).build();
            TallyResult exactly = tally(rules, 9, "YYYYYY ---");
            assertThat(exactly.majority().base()).isEqualTo(Fraction.of(9));
            assertThat(exactly.majority().threshold()).isEqualTo(Fraction.of(6));
            assertThat(exactly.outcome()).isEqualTo(Outcome.ADOPTED);
            // 5 yes to 0 no is unanimous among voters, yet short of 6 of the 9 seats.
            assertThat(tally(rules, 9, "YYYYY AA --").outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void aQualifiedMajorityHasNoTie() {
            // 1/2 "at least": an even split reaches it, so the tie-break is never consulted.
            VotingRules half = rules(Majority.qualifiedOfVotesCast(Fraction.ONE_HALF))
                    .tieBreak(TieBreak.referTo("general-assembly")).build();
            TallyResult r = tally(half, 4, "YY NN");
            assertThat(r.tied()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }
    }

    @Nested
    class Unanimity {

        @Test
        void abstentionsStandAsideByDefault() {
            TallyResult r = tally(rules(Majority.unanimity()).build(), 6, "YYYY AA");
            assertThat(r.majority().base()).isEqualTo(Fraction.of(4));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.explanation().lines()).contains("Majority (unanimity): yes 4 of base 4 (yes + no), "
                    + "2 abstention(s) standing aside; required every vote in the base to be yes → reached.");
        }

        @Test
        void anAbstentionBreaksUnanimityWhenAbstentionsAreInTheBase() {
            VotingRules rules = rules(Majority.unanimity()).abstentions(new Abstentions(true, true)).build();
            TallyResult r = tally(rules, 6, "YYYYY A");
            assertThat(r.majority().base()).isEqualTo(Fraction.of(6));
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void oneNoBreaksUnanimity() {
            assertThat(tally(rules(Majority.unanimity()).build(), 6, "YYYYY N").outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void allAbstainingIsNotUnanimousApproval() {
            assertThat(tally(rules(Majority.unanimity()).build(), 4, "AAAA").outcome()).isEqualTo(Outcome.REJECTED);
        }
    }

    @Nested
    class Consent {

        @Test
        void noObjectionAdopts() {
            TallyResult r = tally(rules(Majority.consent()).build(), 10, "YY AAAAA ---");
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.explanation().lines()).contains(
                    "Consent: 0 objection(s) (NO ballots, weight 0) among 7 ballots; required no objection → reached.");
        }

        @Test
        void oneObjectionBlocksWhateverTheYesCount() {
            TallyResult r = tally(rules(Majority.consent()).build(), 10, "YYYYYYYYY N");
            assertThat(r.majority().against()).isEqualTo(Fraction.ONE);
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void everyoneAbstainingIsConsent() {
            assertThat(tally(rules(Majority.consent()).build(), 4, "AAAA").outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void consentStillNeedsQuorum() {
            assertThat(tally(rules(Majority.consent()).build(), 10, "YYYY ------").outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void withoutQuorumSilenceIsConsent() {
            // A silent procedure: no quorum, no ballot, no objection.
            VotingRules silent = rules(Majority.consent()).quorum(Quorum.none()).build();
            assertThat(tally(silent, 5, "-----").outcome()).isEqualTo(Outcome.ADOPTED);
        }
    }

    @Nested
    class NoBallotsAndSingleSeat {

        @Test
        void noBallotsIsNoQuorum() {
            TallyResult r = tally(rules(Majority.simple()).build(), 5, "-----");
            assertThat(r.counts().ballots()).isZero();
            assertThat(r.quorum().participation()).isEqualTo(Fraction.ZERO);
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void noBallotsWithoutQuorumRequirementRejects() {
            VotingRules rules = rules(Majority.simple()).quorum(Quorum.ofSeats(Fraction.ZERO)).build();
            TallyResult r = tally(rules, 5, "-----");
            assertThat(r.quorum().reached()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void oneSeatDecidesAlone() {
            VotingRules rules = rules(Majority.simple()).build();
            TallyResult yes = tally(rules, 1, "Y");
            assertThat(yes.quorum().participation()).isEqualTo(Fraction.ONE);
            assertThat(yes.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(tally(rules, 1, "N").outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(tally(rules, 1, "A").outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(tally(rules, 1, "-").outcome()).isEqualTo(Outcome.NO_QUORUM);
        }
    }

    @Nested
    class TieBreaks {

        private List<Seat> chairedBody() {
            List<Seat> body = new java.util.ArrayList<>(seats(5));
            body.set(0, body.get(0).asChair());
            return body;
        }

        private TallyResult chaired(String pattern) {
            VotingRules rules = rules(Majority.simple()).tieBreak(TieBreak.chairCastingVote()).build();
            List<Seat> body = chairedBody();
            return Tally.of(rules, body, ballots(body, pattern));
        }

        @Test
        void chairVotingYesAdoptsATie() {
            TallyResult r = chaired("Y Y N N -");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.explanation().lines()).contains("Tie: yes 2 equals the side against 2, exactly half of the base 4.",
                    "Tie-break (chair's casting vote): chair seat 's1' voted YES → adopted.");
        }

        @Test
        void chairVotingNoRejectsATie() {
            TallyResult r = chaired("N Y Y N -");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void chairAbstainingGivesNoCastingVoteSoTheTieRejects() {
            TallyResult r = chaired("A Y Y N N");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.explanation().lines()).contains("Tie-break (chair's casting vote): chair seat 's1' abstained, "
                    + "so there is no casting vote → rejected (the status quo stands).");
        }

        @Test
        void chairAbsentGivesNoCastingVoteSoTheTieRejects() {
            TallyResult r = chaired("- Y Y N N");
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.explanation().lines()).anyMatch(l -> l.contains("chair seat 's1' did not vote"));
        }

        @Test
        void rejectTieBreakRejects() {
            TallyResult r = tally(rules(Majority.simple()).build(), 4, "YY NN");
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.explanation().lines()).contains("Tie-break (reject): a tie rejects the motion.");
        }

        @Test
        void referTieBreakNamesTheBody() {
            VotingRules rules = rules(Majority.simple()).tieBreak(TieBreak.referTo("general-assembly")).build();
            TallyResult r = tally(rules, 4, "YY NN");
            assertThat(r.outcome()).isEqualTo(Outcome.TIED_REFERRED);
            assertThat(r.referredTo()).isEqualTo("general-assembly");
            assertThat(r.explanation().lines()).last().isEqualTo("Outcome: TIED_REFERRED to 'general-assembly'.");
        }

        @Test
        void aTieWithoutQuorumIsNotReferred() {
            VotingRules rules = rules(Majority.simple()).tieBreak(TieBreak.referTo("general-assembly")).build();
            TallyResult r = tally(rules, 10, "YY NN ------");
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
            assertThat(r.referredTo()).isNull();
        }
    }

    @Nested
    class BadBallots {

        private final VotingRules rules = rules(Majority.simple()).build();

        @Test
        void secondBallotForOneSeatIsRefused() {
            List<Seat> body = seats(3);
            assertThatThrownBy(() -> Tally.of(rules, body, List.of(Ballot.yes("s1"), Ballot.no("s2"), Ballot.no("s1"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Ballot #2 is a second ballot for seat 's1': one ballot per seat");
        }

        @Test
        void ballotForUnknownSeatIsRefused() {
            List<Seat> body = seats(3);
            assertThatThrownBy(() -> Tally.of(rules, body, List.of(Ballot.yes("s9"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Ballot #0 is for unknown seat 's9': it is not a seat of this body");
        }

        @Test
        void ballotWithoutChoiceIsRefused() {
            List<Seat> body = seats(3);
            assertThatThrownBy(() -> Tally.of(rules, body, List.of(new Ballot("s1", null))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must have a seat id and a choice");
        }

        @Test
        void invalidRulesAreRefusedBeforeCounting() {
            VotingRules noTieBreak = VotingRules.builder().quorum(Quorum.ofSeats(f(3, 2))).majority(Majority.simple()).build();
            assertThatThrownBy(() -> Tally.of(noTieBreak, seats(3), List.of()))
                    .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("quorum.fraction", "tieBreak"));
        }
    }
}
