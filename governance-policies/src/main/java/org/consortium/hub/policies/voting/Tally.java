package org.consortium.hub.policies.voting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the ballots on a motion under a body's rules and decides it. Pure computation: no I/O,
 * exact arithmetic, and an {@link Explanation} stating every number used.
 *
 * <p>The order of the decision: without quorum the outcome is {@link Outcome#NO_QUORUM};
 * otherwise a reached majority adopts; otherwise a tie goes to the tie-break; otherwise the
 * motion is rejected. See {@link VotingRules} for the exact semantics.
 */
public final class Tally {

    private Tally() {
    }

    /**
     * Tallies {@code ballots} cast by {@code seats} under {@code rules}.
     *
     * @throws InvalidRulesException    if the rules or seats are invalid (every violation listed)
     * @throws IllegalArgumentException if a ballot is for an unknown seat, is a second ballot for
     *                                  the same seat, or lacks a seat id or choice
     */
    public static TallyResult of(VotingRules rules, List<Seat> seats, List<Ballot> ballots) {
        RulesValidator.requireValid(rules, seats);
        Objects.requireNonNull(ballots, "ballots");
        Map<String, Choice> choices = index(seats, ballots);
        BallotWeights weights = BallotWeights.compute(rules, seats, choices);

        VoteCounts counts = count(seats.size(), choices, weights);
        QuorumResult quorum = quorum(rules, seats.size(), choices, weights);
        MajorityResult majority = MajorityResult.evaluate(rules.majority(), rules.abstentions(), counts);
        Optional<Seat> chair = seats.stream().filter(Seat::chair).findFirst();
        Decision decision = Decision.of(rules.tieBreak(), quorum, majority,
                chair.map(Seat::id).orElse(null), chair.map(s -> choices.get(s.id())).orElse(null));

        Explanation explanation = new Narrator(rules, counts, weights.colleges, quorum, majority, decision).explain();
        return new TallyResult(decision.outcome(), decision.referredTo(), counts, quorum, majority,
                majority.tied(), weights.colleges, explanation);
    }

    private static Map<String, Choice> index(List<Seat> seats, List<Ballot> ballots) {
        Set<String> seatIds = new HashSet<>();
        seats.forEach(s -> seatIds.add(s.id()));
        Map<String, Choice> choices = new HashMap<>();
        for (int i = 0; i < ballots.size(); i++) {
            Ballot ballot = ballots.get(i);
            if (ballot == null || ballot.seatId() == null || ballot.choice() == null) {
                throw new IllegalArgumentException("Ballot #" + i + " must have a seat id and a choice: " + ballot);
            }
            if (!seatIds.contains(ballot.seatId())) {
                throw new IllegalArgumentException("Ballot #" + i + " is for unknown seat '" + ballot.seatId()
                        + "': it is not a seat of this body");
            }
            if (choices.putIfAbsent(ballot.seatId(), ballot.choice()) != null) {
                throw new IllegalArgumentException("Ballot #" + i + " is a second ballot for seat '" + ballot.seatId()
                        + "': one ballot per seat");
            }
        }
        return choices;
    }

    private static VoteCounts count(int seats, Map<String, Choice> choices, BallotWeights weights) {
        int[] heads = new int[Choice.values().length];
        Fraction[] weight = {Fraction.ZERO, Fraction.ZERO, Fraction.ZERO};
        choices.forEach((seatId, choice) -> {
            heads[choice.ordinal()]++;
            weight[choice.ordinal()] = weight[choice.ordinal()].add(weights.voteWeight.get(seatId));
        });
        return new VoteCounts(seats,
                heads[Choice.YES.ordinal()], heads[Choice.NO.ordinal()], heads[Choice.ABSTAIN.ordinal()],
                weights.eligible(),
                weight[Choice.YES.ordinal()], weight[Choice.NO.ordinal()], weight[Choice.ABSTAIN.ordinal()]);
    }

    private static QuorumResult quorum(VotingRules rules, int seats, Map<String, Choice> choices, BallotWeights weights) {
        boolean abstainCounts = rules.abstentions().countTowardsQuorum();
        Fraction presentHeads = Fraction.ZERO;
        Fraction presentWeight = Fraction.ZERO;
        for (Map.Entry<String, Choice> e : choices.entrySet()) {
            if (e.getValue() != Choice.ABSTAIN || abstainCounts) {
                presentHeads = presentHeads.add(Fraction.ONE);
                presentWeight = presentWeight.add(weights.quorumWeight.get(e.getKey()));
            }
        }
        Quorum q = rules.quorum();
        return q.basis() == QuorumBasis.SEATS
                ? QuorumResult.evaluate(QuorumBasis.SEATS, q.fraction(), presentHeads, Fraction.of(seats))
                : QuorumResult.evaluate(QuorumBasis.WEIGHT, q.fraction(), presentWeight, weights.eligible());
    }
}
