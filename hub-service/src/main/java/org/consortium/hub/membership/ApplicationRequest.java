package org.consortium.hub.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's application to join the consortium. */
@Schema(description = "An application to join the consortium")
public record ApplicationRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Théâtre de la Digue") String legalName,
        @NotNull @Schema(examples = "VENUE") OrganisationKind kind,
        @Size(max = 32) @Schema(description = "College for weighted votes", examples = "venues") String college,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit INSEE region code")
        @Schema(examples = "76") String regionCode,
        @NotBlank @Pattern(regexp = "\\d{2}|2[AB]|97[1-6]", message = "must be an INSEE department code such as 31, 2A or 974")
        @Schema(examples = "31") String departmentCode,
        @Pattern(regexp = "\\d{14}", message = "must be 14 digits") @Schema(examples = "12345678900012") String siret,
        @NotBlank @Email @Size(max = 254) @Schema(examples = "direction@theatre-digue.fr") String contactEmail) {
}
