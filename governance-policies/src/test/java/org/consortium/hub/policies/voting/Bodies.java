package org.consortium.hub.policies.voting;

import java.util.ArrayList;
import java.util.List;

/** Test helpers that build seats and ballots from compact descriptions. */
final class Bodies {

    private Bodies() {
    }

    /** Seats {@code s1..sN}, held by {@code org1..orgN}, weight 1, no college, no chair. */
    static List<Seat> seats(int n) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            seats.add(Seat.of("s" + i, "org" + i));
        }
        return seats;
    }

    /**
     * Ballots for {@code seats} in order, one character per seat: {@code Y} yes, {@code N} no,
     * {@code A} abstain, {@code -} no ballot. Spaces are ignored, for grouping.
     */
    static List<Ballot> ballots(List<Seat> seats, String pattern) {
        String p = pattern.replace(" ", "");
        if (p.length() != seats.size()) {
            throw new IllegalArgumentException("pattern has " + p.length() + " marks for " + seats.size() + " seats");
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < p.length(); i++) {
            String id = seats.get(i).id();
            switch (p.charAt(i)) {
                case 'Y' -> ballots.add(Ballot.yes(id));
                case 'N' -> ballots.add(Ballot.no(id));
                case 'A' -> ballots.add(Ballot.abstain(id));
                case '-' -> { }
                default -> throw new IllegalArgumentException("bad mark " + p.charAt(i));
            }
        }
        return ballots;
    }

    static Fraction f(long p, long q) {
        return Fraction.of(p, q);
    }
}
