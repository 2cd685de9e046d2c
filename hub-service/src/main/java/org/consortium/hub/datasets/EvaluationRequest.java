package org.consortium.hub.datasets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortium.hub.policies.sharing.PlaceGranularity;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.policies.sharing.TimeGranularity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "May I, as myself, for this purpose, see this dataset's aggregates at this granularity?" */
@Schema(description = "An access question, answered for the calling identity", examples = """
        {"datasetId": "theatre-du-nord-billetterie", "purpose": "MARKETING",
         "granularity": {"time": "MONTH", "place": "DEPARTMENT"}}""")
public record EvaluationRequest(
        @NotBlank @Size(max = 64) @Schema(examples = "theatre-du-nord-billetterie") String datasetId,
        @NotNull @Schema(examples = "MARKETING") Purpose purpose,
        @NotNull @Valid RequestedGranularity granularity,
        @Schema(description = "Last day of the data asked for; the embargo counts from it (from the approval when absent)",
                examples = "2025-06-30") LocalDate dataPeriodEnd) {

    /** The finest time and place levels of the figures asked for. */
    public record RequestedGranularity(@NotNull @Schema(examples = "MONTH") TimeGranularity time,
                                       @NotNull @Schema(examples = "DEPARTMENT") PlaceGranularity place) {
    }
}
