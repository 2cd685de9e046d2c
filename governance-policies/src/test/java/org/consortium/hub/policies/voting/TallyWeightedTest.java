package org.consortium.hub.policies.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.policies.voting.Bodies.f;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tallies in weighted bodies: SCIC-style colleges and per-seat weights, where heads and weights
 * disagree. Every expected number is worked out by hand in the comments.
 */
class TallyWeightedTest {

    /** Colleges with the usual SCIC-style split: venues 40 %, companies 30 %, institutions 20 %, partners 10 %. */
    private static VotingRules.Builder scic() {
        return VotingRules.builder()
                .college("venues", f(2, 5)).college("companies", f(3, 10))
                .college("institutions", f(1, 5)).college("partners", f(1, 10))
                .quorum(Quorum.ofWeight(Fraction.ONE_HALF)).majority(Majority.simple()).tieBreak(TieBreak.reject());
    }

    /** Seats named after their college's initial: {@code members("venues", "v", 3)} gives v1, v2, v3. */
    private static List<Seat> members(String college, String prefix, int n) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            seats.add(Seat.of(prefix + i, "org-" + prefix + i).inCollege(college));
        }
        return seats;
    }

    @SafeVarargs
    private static List<Seat> body(List<Seat>... groups) {
        List<Seat> all = new ArrayList<>();
        for (List<Seat> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    private static TallyResult tally(VotingRules rules, List<Seat> seats, String pattern) {
        return Tally.of(rules, seats, Bodies.ballots(seats, pattern));
    }

    @Nested
    class HeadsAndWeightsDisagree {

        @Test
        void oneInstitutionOutweighsThreeVenues() {
            // Shares: venues 3/10, companies 1/10, institutions 1/2, partners 1/10.
            // v1 v2 v3 vote no: venues' 3/10 split three ways, 1/10 each → no 3/10.
            // i1 votes yes alone: institutions' whole 1/2 → yes 1/2.
            // Quorum: venues all took part (3/10) + institutions (1/2) = 4/5 ≥ 1/2.
            // Majority: base 3/10 + 1/2 = 4/5, half 2/5; yes 1/2 > 2/5 → adopted, though heads are 1 to 3.
            VotingRules rules = VotingRules.builder()
                    .college("venues", f(3, 10)).college("companies", f(1, 10))
                    .college("institutions", f(1, 2)).college("partners", f(1, 10))
                    .quorum(Quorum.ofWeight(Fraction.ONE_HALF)).majority(Majority.simple()).tieBreak(TieBreak.reject())
                    .build();
            List<Seat> seats = body(members("venues", "v", 3), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(rules, seats, "NNN - Y -");
            assertThat(r.counts().yesHeads()).isEqualTo(1);
            assertThat(r.counts().noHeads()).isEqualTo(3);
            assertThat(r.counts().yesWeight()).isEqualTo(f(1, 2));
            assertThat(r.counts().noWeight()).isEqualTo(f(3, 10));
            assertThat(r.quorum().present()).isEqualTo(f(4, 5));
            assertThat(r.majority().threshold()).isEqualTo(f(2, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void withTheUsualSharesTheThreeVenuesWin() {
            // Same ballots, venues 2/5 and institutions 1/5: no 2/5 beats yes 1/5 → rejected.
            // Quorum: 2/5 + 1/5 = 3/5 ≥ 1/2.
            List<Seat> seats = body(members("venues", "v", 3), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(scic().build(), seats, "NNN - Y -");
            assertThat(r.counts().yesWeight()).isEqualTo(f(1, 5));
            assertThat(r.counts().noWeight()).isEqualTo(f(2, 5));
            assertThat(r.quorum().present()).isEqualTo(f(3, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void aTieInHeadsIsDecidedByWeights() {
            // Heads 3 yes to 3 no. Weights: companies 3/10 + institutions 1/5 = 1/2 yes, venues 2/5 no.
            // Quorum: 2/5 + 3/10 + 1/5 = 9/10 (partners away). Yes 1/2 > half of 9/10 = 9/20 → adopted.
            List<Seat> seats = body(members("venues", "v", 3), members("companies", "c", 2),
                    members("institutions", "i", 1), members("partners", "p", 2));
            TallyResult r = tally(scic().build(), seats, "NNN YY Y --");
            assertThat(r.counts().yesHeads()).isEqualTo(r.counts().noHeads());
            assertThat(r.counts().yesWeight()).isEqualTo(f(1, 2));
            assertThat(r.majority().threshold()).isEqualTo(f(9, 20));
            assertThat(r.tied()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void aCollegeShareIsDividedAmongTheMembersWhoVote() {
            // v1 is the only venue voting: it carries venues' whole 2/5. c1, c2 split 3/10 (3/20 each).
            // Yes 2/5 + 1/5 + 1/10 = 7/10, no 3/10 → adopted.
            // Quorum counts each seat at share / all seats of its college: venues 1/4 of 2/5 = 1/10,
            // companies 3/10, institutions 1/5, partners 1/10 → 7/10 ≥ 1/2.
            List<Seat> seats = body(members("venues", "v", 4), members("companies", "c", 2),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(scic().build(), seats, "Y--- NN Y Y");
            assertThat(r.counts().yesWeight()).isEqualTo(f(7, 10));
            assertThat(r.counts().noWeight()).isEqualTo(f(3, 10));
            assertThat(r.quorum().present()).isEqualTo(f(7, 10));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            CollegeTally venues = r.colleges().get(0);
            assertThat(venues.college()).isEqualTo("venues");
            assertThat(venues.seats()).isEqualTo(4);
            assertThat(venues.ballots()).isEqualTo(1);
            assertThat(venues.ballotWeight()).isEqualTo(f(2, 5));
            assertThat(r.colleges().get(1).ballotWeight()).isEqualTo(f(3, 20));
            assertThat(r.explanation().lines()).contains(
                    "Body: 8 seats in 4 colleges; eligible weight 1 (100%) (the shares of colleges that have seats).",
                    "College 'venues' (share 2/5 = 40%): 1 of 4 seats voted (yes 1, no 0, abstain 0); its share divided "
                            + "among them is 2/5 (40%) per ballot → yes 2/5 (40%), no 0 (0%), abstain 0 (0%).",
                    "College 'companies' (share 3/10 = 30%): 2 of 2 seats voted (yes 0, no 2, abstain 0); its share divided "
                            + "among them is 3/20 (15%) per ballot → yes 0 (0%), no 3/10 (30%), abstain 0 (0%).",
                    "Weights: yes 7/10 (70%), no 3/10 (30%), abstain 0 (0%), of eligible weight 1 (100%).",
                    "Quorum on weight: seats taking part hold 7/10 (70%) of the eligible weight 1 (100%) (each seat counting "
                            + "for its college's share divided among all the college's seats), i.e. 70%; required at least 1/2 "
                            + "of 1 (100%) = 1/2 (50%) → reached.");
        }

        @Test
        void anAbstentionTakesItsPartOfTheCollegeShare() {
            // v1 yes and v2 abstain split venues' 2/5: yes 1/5, abstain 1/5. c1 no carries companies' 3/10.
            // Default base yes + no: 1/5 against 3/10 → rejected. Quorum (1/4): venues 2/4 of 2/5 = 1/5,
            // companies 1/2 of 3/10 = 3/20 → 7/20 ≥ 1/4.
            VotingRules rules = scic().quorum(Quorum.ofWeight(f(1, 4))).build();
            List<Seat> seats = body(members("venues", "v", 4), members("companies", "c", 2),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult abstaining = tally(rules, seats, "YA-- N- - -");
            assertThat(abstaining.counts().abstainWeight()).isEqualTo(f(1, 5));
            assertThat(abstaining.quorum().present()).isEqualTo(f(7, 20));
            assertThat(abstaining.outcome()).isEqualTo(Outcome.REJECTED);
            // Had v2 stayed away, v1 would carry all 2/5 > 3/10 (quorum 1/10 + 3/20 = 1/4, exactly met).
            TallyResult away = tally(rules, seats, "Y--- N- - -");
            assertThat(away.quorum().present()).isEqualTo(f(1, 4));
            assertThat(away.outcome()).isEqualTo(Outcome.ADOPTED);
        }
    }

    @Nested
    class QuorumOnWeight {

        @Test
        void sevenVenuesOfTenSeatsAreNotQuorateByHeadsAlone() {
            // 7 of 10 heads (70%) but only the venues' 2/5 of the weight: short of 1/2.
            List<Seat> seats = body(members("venues", "v", 7), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(scic().build(), seats, "YYYYYYY - - -");
            assertThat(r.counts().ballots()).isEqualTo(7);
            assertThat(r.quorum().basis()).isEqualTo(QuorumBasis.WEIGHT);
            assertThat(r.quorum().participation()).isEqualTo(f(2, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void exactlyHalfTheWeightIsQuorateAndLessIsNot() {
            // v1, v2 of four venues: 2/4 of 2/5 = 1/5; c1, c2: 3/10 → 1/2 exactly.
            List<Seat> seats = body(members("venues", "v", 4), members("companies", "c", 2),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult exactly = tally(scic().build(), seats, "YY-- YN - -");
            assertThat(exactly.quorum().present()).isEqualTo(f(1, 2));
            assertThat(exactly.quorum().reached()).isTrue();
            // Dropping c2 leaves 1/5 + 3/20 = 7/20.
            TallyResult short1 = tally(scic().build(), seats, "YY-- Y- - -");
            assertThat(short1.quorum().present()).isEqualTo(f(7, 20));
            assertThat(short1.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void aCollegeWithoutSeatsLeavesTheEligibleWeight() {
            // No partner seat: eligible weight 9/10. v1, v2, c1 take part: 2/5 + 3/10 = 7/10, i.e. 7/9.
            List<Seat> seats = body(members("venues", "v", 2), members("companies", "c", 1), members("institutions", "i", 1));
            TallyResult r = tally(scic().majority(Majority.absolute()).build(), seats, "YY Y -");
            assertThat(r.counts().eligibleWeight()).isEqualTo(f(9, 10));
            assertThat(r.quorum().participation()).isEqualTo(f(7, 9));
            // Absolute: yes 7/10 > half of 9/10 = 9/20.
            assertThat(r.majority().threshold()).isEqualTo(f(9, 20));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.colleges()).extracting(CollegeTally::college).containsExactly("venues", "companies", "institutions", "partners");
            assertThat(r.explanation().lines()).contains(
                    "College 'partners' (share 1/10 = 10%): has no seat; its share is left out of the eligible weight.",
                    "College 'institutions' (share 1/5 = 20%): 0 of 1 seats voted; its share is not cast.");
        }
    }

    @Nested
    class MajoritiesWithColleges {

        @Test
        void exactlyTwoThirdsOfTheWeightCast() {
            // Venues yes 2/5, institutions no 1/5: 2/5 of 3/5 is exactly 2/3 → adopted.
            VotingRules rules = scic().majority(Majority.qualifiedOfVotesCast(f(2, 3))).build();
            List<Seat> seats = body(members("venues", "v", 2), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(rules, seats, "YY - N -");
            assertThat(r.majority().base()).isEqualTo(f(3, 5));
            assertThat(r.majority().threshold()).isEqualTo(f(2, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            // With companies voting no too: 2/5 of 9/10 is 4/9 < 2/3 → rejected.
            assertThat(tally(rules, seats, "YY N N -").outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void chairBreaksATieInWeights() {
            // v1 alone carries venues' 2/5 yes; c1 3/10 + p1 1/10 = 2/5 no: a tie in weights.
            // Quorum: 1/5 + 3/10 + 1/10 = 3/5. The chair v1 voted yes → adopted.
            VotingRules rules = scic().tieBreak(TieBreak.chairCastingVote()).build();
            List<Seat> seats = body(members("venues", "v", 2), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            seats.set(0, seats.get(0).asChair());
            TallyResult r = tally(rules, seats, "Y- N - N");
            assertThat(r.counts().yesWeight()).isEqualTo(r.counts().noWeight()).isEqualTo(f(2, 5));
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void consentIgnoresWeightOneObjectionBlocks() {
            // The lone partner's objection (1/10) stops a motion 9/10 of the weight supports.
            VotingRules rules = scic().majority(Majority.consent()).build();
            List<Seat> seats = body(members("venues", "v", 1), members("companies", "c", 1),
                    members("institutions", "i", 1), members("partners", "p", 1));
            TallyResult r = tally(rules, seats, "Y Y Y N");
            assertThat(r.majority().against()).isEqualTo(f(1, 10));
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        }
    }

    @Nested
    class SeatWeights {

        // Seat a weighs 5, b to f weigh 1 each: eligible weight 10, quorum at least half of it.
        private final VotingRules rules = VotingRules.builder().weighting(Weighting.SEAT_WEIGHTS)
                .quorum(Quorum.ofWeight(Fraction.ONE_HALF)).majority(Majority.simple()).tieBreak(TieBreak.reject()).build();
        private final List<Seat> seats = List.of(Seat.of("a", "org-a").withWeight(5), Seat.of("b", "org-b"),
                Seat.of("c", "org-c"), Seat.of("d", "org-d"), Seat.of("e", "org-e"), Seat.of("f", "org-f"));

        @Test
        void fiveSmallSeatsOfSixAreExactlyAtQuorum() {
            TallyResult r = tally(rules, seats, "- YYYYY");
            assertThat(r.counts().eligibleWeight()).isEqualTo(Fraction.of(10));
            assertThat(r.quorum().present()).isEqualTo(Fraction.of(5));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void fourSmallSeatsAreShortDespiteTwoThirdsOfHeads() {
            TallyResult r = tally(rules, seats, "- YYYY-");
            assertThat(r.quorum().participation()).isEqualTo(f(2, 5));
            assertThat(r.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void theHeavySeatAloneIsQuorate() {
            TallyResult r = tally(rules, seats, "Y -----");
            assertThat(r.quorum().participation()).isEqualTo(f(1, 2));
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void oneHeavyYesAgainstFiveNoIsATieInWeight() {
            TallyResult r = tally(rules, seats, "Y NNNNN");
            assertThat(r.counts().yesHeads()).isEqualTo(1);
            assertThat(r.counts().noHeads()).isEqualTo(5);
            assertThat(r.tied()).isTrue();
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.explanation().lines()).contains("Weights: yes 5, no 5, abstain 0, of eligible weight 10.",
                    "Tie: yes 5 equals the side against 5, exactly half of the base 10.");
        }
    }
}
