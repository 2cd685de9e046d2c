package org.consortium.hub.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a hub-admin suspends a member at once, ahead of a vote. */
@Schema(description = "An emergency suspension", examples = """
        {"reason": "Ticketing exports containing buyers' e-mail addresses were uploaded; access is cut until the committee decides."}""")
public record SuspensionRequest(@NotBlank @Size(max = 2000) String reason) {
}
