package org.consortium.hub.governance;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.consortium.hub.policies.voting.Choice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ballot: the choice, and the seat when the caller holds more than one in the body. */
@Schema(description = "A ballot", examples = """
        {"choice": "YES"}""")
public record BallotRequest(
        @NotNull @Schema(examples = "YES") Choice choice,
        @Schema(description = "The seat voted; may be left out when the caller holds exactly one seat in the body")
        UUID seatId) {
}
