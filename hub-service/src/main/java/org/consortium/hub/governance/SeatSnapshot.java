package org.consortium.hub.governance;

import java.util.UUID;
import org.consortium.hub.policies.voting.Fraction;
import org.consortium.hub.security.SeatHolder;

/**
 * A seat as it stood when a motion opened. Motions keep these (as JSON) so that adding or
 * removing seats later never changes who votes on, or how much weighs in, an open motion.
 */
public record SeatSnapshot(UUID id, String holderOrganisationId, String holderPerson, int weight,
                           String college, boolean chair) implements SeatHolder {

    static SeatSnapshot of(Seat seat) {
        return new SeatSnapshot(seat.id, seat.holderOrganisationId, seat.holderPerson, seat.weight, seat.college, seat.chair);
    }

    /** The seat as the voting library sees it. */
    org.consortium.hub.policies.voting.Seat toVotingSeat() {
        String holder = holderOrganisationId != null ? holderOrganisationId : holderPerson;
        return new org.consortium.hub.policies.voting.Seat(id.toString(), holder, Fraction.of(weight), college, chair);
    }
}
