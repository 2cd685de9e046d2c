package org.consortium.hub.datasets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new policy version the owner asks the committee to adopt. */
@Schema(description = "A new sharing policy version to put to a vote", examples = """
        {"policy": {"template": "public-open-data-yearly-region"}, "reason": "Open our yearly figures"}""")
public record PolicyChangeRequest(
        @NotNull(message = "is required: a template name or a document") @Valid PolicySource policy,
        @Size(max = 2000) @Schema(description = "Why, for the committee") String reason) {
}
