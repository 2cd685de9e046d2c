package org.consortium.hub.indicators;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The protected release indicators are answered from: its id, age and build progress; a rebuild on demand. */
@Path("/api/v1")
@Tag(name = "Indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    @Inject
    ReleaseService releases;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Path("releases/current")
    @Operation(summary = "The current release",
            description = "Its id (shown in every indicator's provenance), when it was built and in how long, and "
                    + "whether a new one is being built (which purpose and family, tables done of the total).")
    public ReleaseService.Status current() {
        return releases.status();
    }

    @POST
    @Path("admin/releases")
    @Operation(summary = "Build a new release now",
            description = "Hub-admin only. Builds a release from the data as it is now and answers its status once "
                    + "it is stored; releases are otherwise built at start and whenever data or approved datasets "
                    + "change.")
    public ReleaseService.Status build() {
        access.requireHubAdmin(callers.caller());
        releases.build();
        return releases.status();
    }
}
