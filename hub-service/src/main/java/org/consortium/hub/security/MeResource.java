package org.consortium.hub.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells callers how the hub sees them: a quick check that signing in works. */
@Path("/api/v1/me")
@Tag(name = "Identity")
@Authenticated
public class MeResource {

    @Inject
    CallerContext callerContext;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller", description = "Subject, roles and member organisation of the caller.")
    public Caller me() {
        return callerContext.caller();
    }
}
