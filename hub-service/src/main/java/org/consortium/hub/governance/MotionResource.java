package org.consortium.hub.governance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.web.EnumParam;
import org.consortium.hub.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Motions put to the voting bodies, and their ballots. */
@Path("/api/v1/motions")
@Tag(name = "Motions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MotionResource {

    @Inject
    MotionService motions;

    @Inject
    BallotService ballots;

    @Inject
    MotionClosing closing;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Operation(summary = "List motions", description = "Filtered by status, kind, body and subject; newest first, paged.")
    public Page<MotionView> list(@QueryParam("status") @Parameter(schema = @Schema(implementation = MotionStatus.class)) String status,
                                 @QueryParam("kind") @Parameter(schema = @Schema(implementation = MotionKind.class)) String kind,
                                 @QueryParam("body") String body,
                                 @QueryParam("subject") String subject,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return motions.list(EnumParam.parse(MotionStatus.class, "status", status),
                EnumParam.parse(MotionKind.class, "kind", kind), blankToNull(body), blankToNull(subject), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a motion (hub-admin)",
            description = "Opens under the body's current rule version, with a snapshot of its seats.")
    public Response open(@NotNull(message = "a JSON body is required") @Valid MotionRequest request, @Context UriInfo uri) {
        Caller caller = callers.caller();
        access.requireHubAdmin(caller);
        MotionView created = motions.open(request, caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One motion", description = "With its seats, number of ballots and, once closed, outcome and decision.")
    public MotionView get(@PathParam("id") UUID id) {
        return motions.get(id);
    }

    @GET
    @Path("/{id}/ballots")
    @Operation(summary = "Ballots cast on a motion", description = "Who voted; the choices are shown once the motion is closed.")
    public List<BallotView> ballots(@PathParam("id") UUID id) {
        return motions.ballots(id);
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast a ballot",
            description = "By the seat's holder only, once per seat, while the motion is open. The last seat's ballot closes the motion.")
    public Response cast(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid BallotRequest request) {
        BallotView cast = ballots.cast(id, request, callers.caller());
        return Response.status(Response.Status.CREATED).entity(cast).build();
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a motion now (hub-admin)", description = "Tallies the ballots cast so far and applies the decision.")
    public MotionView close(@PathParam("id") UUID id) {
        Caller caller = callers.caller();
        access.requireHubAdmin(caller);
        return closing.closeNow(id, caller.subject());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
