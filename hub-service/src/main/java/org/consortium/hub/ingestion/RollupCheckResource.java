package org.consortium.hub.ingestion;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.util.Map;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator's check that the rollups equal a recomputation from the stored records. */
@Path("/api/v1/admin/rollups")
@Tag(name = "Operations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RollupCheckResource {

    @Inject
    RollupCheck check;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Path("check")
    @Operation(summary = "Compare rollups with a recomputation",
            description = "Recomputes every rollup row from the live performances and attendance lines and lists "
                    + "the first differences. Reads whole tables: run it off-peak on a large hub.")
    public RollupCheck.Report check() {
        access.requireHubAdmin(callers.caller());
        return check.run();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the rollups from the facts",
            description = "Replaces every rollup table by its recomputation, in one transaction: after a restore of "
                    + "the facts alone, or an upgrade that adds a rollup. Ingestion waits for it on the rollup rows "
                    + "it touches. Answers the number of rows per table.")
    public Map<String, Long> rebuild() {
        access.requireHubAdmin(callers.caller());
        return check.rebuild();
    }
}
