package org.consortium.hub.quality;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dataset's data-quality report. */
@Path("/api/v1/datasets/{id}/quality")
@Tag(name = "Data quality")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DataQualityResource {

    @Inject
    DataQualityService quality;

    @Inject
    CallerContext callerContext;

    @GET
    @Operation(summary = "Data-quality report of a dataset",
            description = "Months covered and missing, performances without attendance lines, records flagged, "
                    + "the last contribution and refused records by reason. For the people acting for the "
                    + "dataset's owner, the committee and the secretariat.")
    public DataQualityReport report(@PathParam("id") String id) {
        return quality.report(id, callerContext.caller());
    }
}
