package org.consortium.hub.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.consortium.hub.policies.voting.VotingRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new voting body with its seats and first rule version, validated together: rules such as
 * "exactly one chair" or "every seat in a declared college" only make sense over the whole set.
 */
@Schema(description = "A new voting body: id, name, kind, seats and rules", examples = """
        {"id": "technical-committee", "name": "Technical committee", "kind": "TECHNICAL_COMMITTEE",
         "seats": [{"holderPerson": "committee", "chair": true}, {"holderOrganisationId": "opera-sud"}],
         "rules": {"weighting": "HEADS", "quorum": {"fraction": "1/2", "basis": "SEATS"},
                   "majority": {"kind": "SIMPLE"}, "tieBreak": {"kind": "CHAIR_CASTING_VOTE"}}}""")
public record BodyRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        @Schema(examples = "technical-committee") String id,
        @NotBlank @Size(max = 200) @Schema(examples = "Technical committee") String name,
        @NotNull @Schema(examples = "TECHNICAL_COMMITTEE") BodyKind kind,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid SeatRequest> seats,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "Voting rules; fractions are strings such as \"2/3\"") VotingRules rules) {
}
