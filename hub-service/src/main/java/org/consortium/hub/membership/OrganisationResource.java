package org.consortium.hub.membership;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.web.EnumParam;
import org.consortium.hub.web.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consortium's organisations: members and applicants. */
@Path("/api/v1/organisations")
@Tag(name = "Organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    EmergencySuspension suspensions;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Operation(summary = "List organisations", description = "Filtered by kind, status and INSEE region code; paged, sorted by id.")
    public Page<OrganisationView> list(@QueryParam("kind") @Parameter(schema = @Schema(implementation = OrganisationKind.class)) String kind,
                                       @QueryParam("status") @Parameter(schema = @Schema(implementation = OrganisationStatus.class)) String status,
                                       @QueryParam("region") @Pattern(regexp = "\\d{2}", message = "must be a two-digit INSEE region code") String region,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return organisations.list(EnumParam.parse(OrganisationKind.class, "kind", kind),
                EnumParam.parse(OrganisationStatus.class, "status", status), region, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to join",
            description = "Creates the organisation as an applicant and opens its admission motion in the configured body.")
    public Response apply(@NotNull(message = "a JSON body is required") @Valid ApplicationRequest request,
                          @Context UriInfo uri) {
        ApplicationReceipt created = organisations.apply(request, callers.caller().subject());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation's profile")
    public OrganisationView get(@PathParam("id") String id) {
        return organisations.get(id);
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a member at once (hub-admin)",
            description = "Emergency measure: the member is suspended now, the decision log records it with the reason, "
                    + "and a ratification motion opens; if it is not adopted the suspension is lifted.")
    public SuspensionView suspend(@PathParam("id") String id,
                                  @NotNull(message = "a JSON body is required") @Valid SuspensionRequest request) {
        Caller caller = callers.caller();
        access.requireHubAdmin(caller);
        return suspensions.suspend(id, request.reason(), caller.subject());
    }
}
