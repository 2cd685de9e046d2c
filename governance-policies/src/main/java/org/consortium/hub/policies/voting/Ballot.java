package org.consortium.hub.policies.voting;

/**
 * One seat's ballot on a motion. A tally accepts at most one ballot per seat.
 *
 * @param seatId the {@link Seat#id()} that voted
 * @param choice yes, no or abstain
 */
public record Ballot(String seatId, Choice choice) {

    public static Ballot yes(String seatId) {
        return new Ballot(seatId, Choice.YES);
    }

    public static Ballot no(String seatId) {
        return new Ballot(seatId, Choice.NO);
    }

    public static Ballot abstain(String seatId) {
        return new Ballot(seatId, Choice.ABSTAIN);
    }
}
