package org.consortium.hub.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.consortium.hub.policies.voting.Choice;

/** A ballot; its choice is shown once the motion is closed (null while it is open). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BallotView(UUID id, UUID motionId, UUID seatId, Choice choice, String castBy, OffsetDateTime castAt) {

    static BallotView of(CastBallot b, boolean showChoice) {
        return new BallotView(b.id, b.motionId, b.seatId, showChoice ? b.choice : null, b.castBy, b.castAt);
    }
}
