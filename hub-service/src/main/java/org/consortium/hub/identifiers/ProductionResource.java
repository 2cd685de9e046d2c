package org.consortium.hub.identifiers;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Productions (one per show, across every venue it tours to) by their shared id. */
@Path("/api/v1/productions")
@Tag(name = "Shared identifiers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProductionResource {

    @Inject
    IdentifierService identifiers;

    @Inject
    CallerContext callerContext;

    @GET
    @Path("/{id}")
    @Operation(summary = "A production",
            description = "Title, work, premiere season, merged ids, and "
                    + "the number of performances your organisation reported per season (every venue's for the secretariat; others' are figures, read from the performances indicator by production under disclosure control). Every look-up is logged. "
                    + "A merged id answers with the production it was merged into. Members and hub-admins only.")
    public ProductionView get(@PathParam("id") String id) {
        return identifiers.production(id, callerContext.caller());
    }

    @POST
    @Path("/{id}/merge-into/{target}")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(summary = "Merge a production into another",
            description = "Links the production to the target: the id keeps resolving, to the target, and the target's "
                    + "counts include it. Nothing is deleted. Hub-admins only.")
    public ProductionView merge(@PathParam("id") String id, @PathParam("target") String target) {
        return identifiers.mergeProduction(id, target, callerContext.caller());
    }
}
