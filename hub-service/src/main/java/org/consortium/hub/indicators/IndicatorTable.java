package org.consortium.hub.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An indicator's answer: a table of cells, each with its value or a status and reason, and
 * the provenance receipt saying which datasets made it and which were left out and why.
 */
public record IndicatorTable(String indicator, String title, String definition, String unit, String purpose,
                             List<String> groupBy, String granularity, List<Cell> cells, Provenance provenance) {

    /**
     * One cell. {@code coordinates} maps each breakdown dimension to its label, or to
     * {@code "total"} for a margin. {@code value} is absent when the cell is withheld.
     *
     * @param status V (publishable), A (too few venues or people), B (one venue dominates),
     *               D (withheld so that another hidden cell cannot be recomputed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(Map<String, String> coordinates, boolean total, Number value, String status, String reason) {
    }

    /** A dataset that contributed, with the policy version and the decision that adopted it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UsedDataset(String datasetId, String ownerId, int policyVersion, Long adoptedByDecision,
                              String licence) {
    }

    /** A dataset left out of this answer, and why. */
    public record LeftOut(String datasetId, List<String> reasons) {
    }

    /**
     * Where the figures come from and how they were protected.
     *
     * @param release        the protected release the figures come from (absent for one's own view)
     * @param releaseBuiltAt when that release was built
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(List<UsedDataset> datasets, List<LeftOut> leftOut, String disclosureControl, Long release,
                             java.time.OffsetDateTime releaseBuiltAt) {
    }
}
