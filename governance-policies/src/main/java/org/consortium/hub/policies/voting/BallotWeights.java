package org.consortium.hub.policies.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out, for one tally, each ballot's weight in the vote and each seat's voting power for
 * the quorum (see {@link VotingRules} for why the two differ under colleges).
 */
final class BallotWeights {

    /** Weight in the vote, for seats that cast a ballot. */
    final Map<String, Fraction> voteWeight = new HashMap<>();
    /** Voting power for the quorum and eligible weight, for every seat. */
    final Map<String, Fraction> quorumWeight = new HashMap<>();
    final List<CollegeTally> colleges = new ArrayList<>();

    private BallotWeights() {
    }

    static BallotWeights compute(VotingRules rules, List<Seat> seats, Map<String, Choice> choices) {
        BallotWeights w = new BallotWeights();
        switch (rules.weighting()) {
            case HEADS -> seats.forEach(s -> w.put(s, Fraction.ONE, Fraction.ONE, choices));
            case SEAT_WEIGHTS -> seats.forEach(s -> w.put(s, s.weight(), s.weight(), choices));
            case COLLEGES -> rules.colleges().forEach(c -> w.putCollege(c, seats, choices));
        }
        return w;
    }

    Fraction eligible() {
        return quorumWeight.values().stream().reduce(Fraction.ZERO, Fraction::add);
    }

    private void put(Seat seat, Fraction inVote, Fraction inQuorum, Map<String, Choice> choices) {
        quorumWeight.put(seat.id(), inQuorum);
        if (choices.containsKey(seat.id())) {
            voteWeight.put(seat.id(), inVote);
        }
    }

    private void putCollege(College college, List<Seat> allSeats, Map<String, Choice> choices) {
        List<Seat> members = allSeats.stream().filter(s -> college.id().equals(s.college())).toList();
        if (members.isEmpty()) {
            // Its share is simply not part of the eligible weight.
            colleges.add(new CollegeTally(college.id(), college.share(), 0, 0, 0, 0,
                    Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO));
            return;
        }
        int[] heads = new int[Choice.values().length];
        for (Seat s : members) {
            Choice choice = choices.get(s.id());
            if (choice != null) {
                heads[choice.ordinal()]++;
            }
        }
        int ballots = heads[0] + heads[1] + heads[2];
        // SCIC practice: the share is divided among the members who take part in the vote...
        Fraction perBallot = ballots == 0 ? Fraction.ZERO : college.share().divide(ballots);
        // ...while for the quorum each seat holds an equal part of the share, taking part or not.
        Fraction perSeat = college.share().divide(members.size());
        members.forEach(s -> put(s, perBallot, perSeat, choices));
        colleges.add(new CollegeTally(college.id(), college.share(), members.size(),
                heads[Choice.YES.ordinal()], heads[Choice.NO.ordinal()], heads[Choice.ABSTAIN.ordinal()], perBallot,
                perBallot.multiply(heads[Choice.YES.ordinal()]),
                perBallot.multiply(heads[Choice.NO.ordinal()]),
                perBallot.multiply(heads[Choice.ABSTAIN.ordinal()])));
    }
}
