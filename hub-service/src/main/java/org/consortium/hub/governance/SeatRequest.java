package org.consortium.hub.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seat to create or change: held by an organisation or by a person (exactly one). */
@Schema(description = "A seat held by an organisation or by a person (exactly one of the two)")
public record SeatRequest(
        @Size(max = 64) @Schema(examples = "theatre-du-nord") String holderOrganisationId,
        @Size(max = 128) @Schema(description = "OIDC subject or local user name", examples = "committee") String holderPerson,
        @Min(1) @Max(1000) @Schema(description = "Weight under SEAT_WEIGHTS; 1 when absent", examples = "1") Integer weight,
        @Size(max = 32) @Schema(description = "College under COLLEGES weighting", examples = "venues") String college,
        @Schema(description = "Whether this seat chairs the body (casting vote)", examples = "false") boolean chair) {

    int weightOrDefault() {
        return weight == null ? 1 : weight;
    }
}
