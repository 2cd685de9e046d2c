package org.consortium.hub.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who looked at aggregates built from a dataset. */
@Path("/api/v1/audit/access")
@Tag(name = "Audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    AccessLogService accessLog;

    @Inject
    CallerContext callerContext;

    @GET
    @Operation(summary = "Access log of a dataset",
            description = "Every indicator request that used the dataset: when, who, for which purpose, which "
                    + "indicator and parameters, how many cells were released and withheld. For the dataset's "
                    + "org-admins and the secretariat.")
    public List<AccessLogView> list(@QueryParam("datasetId") @NotBlank(message = "is required") String datasetId,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return accessLog.forDataset(datasetId, callerContext.caller(), page, size);
    }
}
