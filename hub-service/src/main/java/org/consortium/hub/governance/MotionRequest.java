package org.consortium.hub.governance;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A motion a hub-admin puts to a body. */
@Schema(description = "A motion to put to a voting body", examples = """
        {"bodyId": "governance-committee", "kind": "GENERAL", "title": "Adopt the 2025 budget",
         "description": "See the annexed budget.", "closesAt": "2030-01-31T18:00:00Z"}""")
public record MotionRequest(
        @NotBlank @Size(max = 64) @Schema(examples = "governance-committee") String bodyId,
        @NotNull @Schema(examples = "ADMIT_MEMBER") MotionKind kind,
        @Size(max = 128) @Schema(description = "Organisation id, dataset id... (required except for GENERAL)",
                examples = "compagnie-du-sud") String subject,
        @NotBlank @Size(max = 200) @Schema(examples = "Admit Compagnie du Sud") String title,
        @Size(max = 10_000) String description,
        @Future @Schema(description = "Closing time; the configured voting window from now when absent",
                examples = "2030-01-31T18:00:00Z") OffsetDateTime closesAt) {
}
