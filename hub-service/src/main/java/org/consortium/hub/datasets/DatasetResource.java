package org.consortium.hub.datasets;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of datasets, visible to every signed-in member. */
@Path("/api/v1/datasets")
@Tag(name = "Datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    @Inject
    DatasetService datasets;

    @GET
    @Operation(summary = "The dataset catalogue", description = "Datasets, their owners, kinds and status; paged, sorted by id.")
    public Page<DatasetView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return datasets.list(page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dataset")
    public DatasetView get(@PathParam("id") String id) {
        return datasets.get(id);
    }
}
