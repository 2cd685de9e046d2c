package org.consortium.hub.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body's name and kind; seats and rules have their own endpoints. */
@Schema(description = "A voting body's name and kind", examples = """
        {"name": "Governance committee", "kind": "GOVERNANCE_COMMITTEE"}""")
public record BodyUpdate(
        @NotBlank @Size(max = 200) @Schema(examples = "Governance committee") String name,
        @NotNull @Schema(examples = "GOVERNANCE_COMMITTEE") BodyKind kind) {
}
