package org.consortium.hub.datasets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's proposal of a new dataset, with the sharing policy it asks the committee to approve. */
@Schema(description = "A dataset proposal", examples = """
        {"id": "theatre-du-nord-billetterie-2026", "kind": "ATTENDANCE", "title": "Billetterie 2026",
         "description": "Performances and attendance lines from the box office", "schemaVersion": "1.0",
         "licence": "CONSORTIUM_ONLY", "policy": {"template": "members-marketing-monthly-department"}}""")
public record DatasetProposal(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "must be 3 to 64 lowercase letters, digits or '-'")
        @Schema(description = "Dataset id; derived from the owner and title when absent",
                examples = "theatre-du-nord-billetterie-2026") String id,
        @Size(max = 64) @Schema(description = "Owning organisation; the caller's own when absent",
                examples = "theatre-du-nord") String ownerOrganisationId,
        @NotNull @Schema(examples = "ATTENDANCE") DatasetKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Billetterie 2026") String title,
        @Size(max = 2000) String description,
        @Pattern(regexp = "\\d{1,3}\\.\\d{1,3}", message = "must look like 1.0")
        @Schema(description = "Record contract version; 1.0 when absent", examples = "1.0") String schemaVersion,
        @Size(max = 32) @Schema(description = "Licence of the dataset; the policy's output licence when absent",
                examples = "CONSORTIUM_ONLY") String licence,
        @NotNull(message = "is required: a template name or a document") @Valid PolicySource policy) {
}
