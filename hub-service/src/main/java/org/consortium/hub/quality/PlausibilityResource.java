package org.consortium.hub.quality;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.sdk.contract.Plausibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dataset's plausibility settings: the occupancy tolerance its owner sets for its halls. */
@Path("/api/v1/datasets/{id}/plausibility")
@Tag(name = "Data quality")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlausibilityResource {

    /**
     * The settings.
     *
     * @param occupancyTolerancePercent how far above capacity a performance's tickets may go before
     *                                  its lines are refused (0 to 100); above 100 % within it they are flagged
     */
    public record Settings(@NotNull(message = "is required") @Min(value = 0, message = "must be at least 0")
                           @Max(value = Plausibility.MAX_TOLERANCE_PERCENT, message = "must be at most 100")
                           Integer occupancyTolerancePercent) {
    }

    @Inject
    DatasetService datasets;

    @Inject
    AccessRules access;

    @Inject
    CallerContext callerContext;

    @GET
    @Operation(summary = "Plausibility settings of a dataset",
            description = "For the people acting for its owner, the committee and the secretariat.")
    public Settings get(@PathParam("id") String id) {
        Dataset d = datasets.require(id);
        access.requireQualityReader(callerContext.caller(), d.ownerOrganisationId);
        return new Settings(d.occupancyTolerancePercent);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the occupancy tolerance of a dataset",
            description = "Standing places or added seats: how far above 100 % a performance's tickets may go. "
                    + "Applies to lines received from now on. For an org-admin acting for the dataset's owner.")
    public Settings put(@PathParam("id") String id, @Valid @NotNull(message = "is required") Settings settings) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Dataset d = datasets.require(id);
            access.requireDatasetOwnerAdmin(callerContext.caller(), d.ownerOrganisationId);
            d.occupancyTolerancePercent = settings.occupancyTolerancePercent();
            return new Settings(d.occupancyTolerancePercent);
        });
    }
}
