package org.consortium.hub.identifiers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's work list: likely duplicates to review, unknown ids contributors sent. */
@Path("/api/v1/admin/identifier-flags")
@Tag(name = "Shared identifiers")
@RolesAllowed(Roles.HUB_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class IdentifierFlagResource {

    @Inject
    IdentifierService identifiers;

    @Inject
    CallerContext callerContext;

    @GET
    @Operation(summary = "Identifier flags",
            description = "Newest first. LIKELY_DUPLICATE: two ids that may name the same work or production (merge "
                    + "them if so). UNKNOWN_HUB_ID: a record sent an id the hub does not know; it was ignored.")
    public List<Flags.Flag> list(@QueryParam("reason") String reason,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return identifiers.flags(reason, limit, callerContext.caller());
    }
}
