package org.consortium.hub.governance;

import java.util.List;
import java.util.UUID;

/** A voting body with its seats and the number of its current rule version (null before any). */
public record BodyView(String id, String name, String kind, Integer rulesVersion, List<SeatView> seats) {

    /** One seat: who holds it, its weight, college and whether it is the chair. */
    public record SeatView(UUID id, String holderOrganisationId, String holderPerson, int weight,
                           String college, boolean chair) {

        static SeatView of(Seat s) {
            return new SeatView(s.id, s.holderOrganisationId, s.holderPerson, s.weight, s.college, s.chair);
        }
    }

    static BodyView of(VotingBody body, Integer rulesVersion) {
        return new BodyView(body.id, body.name, body.kind, rulesVersion, body.seats.stream().map(SeatView::of).toList());
    }
}
