package org.consortium.hub.governance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.consortium.hub.policies.voting.VotingRules;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consortium's voting bodies: seats and versioned rules. Reading is open to members; changes are the hub-admin's. */
@Path("/api/v1/bodies")
@Tag(name = "Voting bodies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    private static final String RULES_EXAMPLE = """
            {"weighting": "COLLEGES",
             "quorum": {"fraction": "1/2", "basis": "WEIGHT"},
             "majority": {"kind": "SIMPLE"},
             "colleges": [{"id": "venues", "share": "2/5"}, {"id": "companies", "share": "3/10"},
                          {"id": "institutions", "share": "1/5"}, {"id": "partners", "share": "1/10"}],
             "tieBreak": {"kind": "CHAIR_CASTING_VOTE"}}""";

    @Inject
    BodyService bodies;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Operation(summary = "List voting bodies with their seats")
    public List<BodyView> list() {
        return bodies.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a voting body (hub-admin)", description = "Seats and first rule version are validated together.")
    public Response create(@NotNull(message = "a JSON body is required") @Valid BodyRequest request, @Context UriInfo uri) {
        Caller caller = admin();
        BodyView created = bodies.create(request, caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One voting body with its seats")
    public BodyView get(@PathParam("id") String id) {
        return bodies.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a body or change its kind (hub-admin)")
    public BodyView update(@PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid BodyUpdate update) {
        admin();
        return bodies.update(id, update);
    }

    @POST
    @Path("/{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a seat (hub-admin)", description = "Refused with 422 if the body's rules would not accept it.")
    public Response addSeat(@PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid SeatRequest seat) {
        admin();
        return Response.status(Response.Status.CREATED).entity(bodies.addSeat(id, seat)).build();
    }

    @PUT
    @Path("/{id}/seats/{seatId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a seat (hub-admin)", description = "Open motions keep the seats they opened with.")
    public BodyView.SeatView updateSeat(@PathParam("id") String id, @PathParam("seatId") UUID seatId,
                                        @NotNull(message = "a JSON body is required") @Valid SeatRequest seat) {
        admin();
        return bodies.updateSeat(id, seatId, seat);
    }

    @DELETE
    @Path("/{id}/seats/{seatId}")
    @Operation(summary = "Remove a seat (hub-admin)", description = "Open motions keep the seats they opened with.")
    public Response removeSeat(@PathParam("id") String id, @PathParam("seatId") UUID seatId) {
        admin();
        bodies.removeSeat(id, seatId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/rules")
    @Operation(summary = "The body's current rule version")
    public RulesVersionView rules(@PathParam("id") String id) {
        return bodies.currentRules(id);
    }

    @PUT
    @Path("/{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopt a new rule version (hub-admin)",
            description = "Validated against the body's seats; invalid rules answer 422 with one violation per path. "
                    + "Motions already open keep the version they opened under.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Voting rules; fractions are strings such as \"2/3\""),
            examples = @ExampleObject(name = "weighted colleges", value = RULES_EXAMPLE)))
    public RulesVersionView putRules(@PathParam("id") String id,
                                     @NotNull(message = "a JSON body is required") VotingRules rules) {
        Caller caller = admin();
        return bodies.putRules(id, rules, caller.subject());
    }

    @GET
    @Path("/{id}/rules/versions")
    @Operation(summary = "Every rule version of the body, oldest first")
    public List<RulesVersionView> rulesHistory(@PathParam("id") String id) {
        return bodies.rulesHistory(id);
    }

    @GET
    @Path("/{id}/rules/versions/{version}")
    @Operation(summary = "One rule version of the body")
    public RulesVersionView rulesVersion(@PathParam("id") String id, @PathParam("version") int version) {
        return bodies.rulesVersion(id, version);
    }

    private Caller admin() {
        Caller caller = callers.caller();
        access.requireHubAdmin(caller);
        return caller;
    }
}
