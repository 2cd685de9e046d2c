package org.consortium.hub.governance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consortium's voting bodies. */
@Path("/api/v1/bodies")
@Tag(name = "Voting bodies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    @Inject
    BodyService bodies;

    @GET
    @Operation(summary = "List voting bodies with their seats")
    public List<BodyView> list() {
        return bodies.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One voting body with its seats")
    public BodyView get(@PathParam("id") String id) {
        return bodies.get(id);
    }
}
