package org.consortium.hub.governance;

import java.util.List;
import java.util.UUID;

/** A voting body with its seats. */
public record BodyView(String id, String name, String kind, List<SeatView> seats) {

    /** One seat: who holds it, its weight, college and whether it is the chair. */
    public record SeatView(UUID id, String holderOrganisationId, String holderPerson, int weight,
                           String college, boolean chair) {
    }

    static BodyView of(VotingBody body) {
        return new BodyView(body.id, body.name, body.kind, body.seats.stream()
                .map(s -> new SeatView(s.id, s.holderOrganisationId, s.holderPerson, s.weight, s.college, s.chair))
                .toList());
    }
}
