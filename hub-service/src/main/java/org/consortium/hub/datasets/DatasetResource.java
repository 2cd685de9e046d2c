package org.consortium.hub.datasets;

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
import java.net.URI;
import java.util.List;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.ValidationProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dataset catalogue, visible to every signed-in member, and the requests that change a
 * dataset (each opens a motion; the vote decides).
 */
@Path("/api/v1/datasets")
@Tag(name = "Datasets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    static final String LD_JSON = "application/ld+json";
    static final String YAML = "application/yaml";

    @Inject
    DatasetService datasets;

    @Inject
    DatasetProposals proposals;

    @Inject
    PolicyVersions policies;

    @Inject
    CallerContext callers;

    @GET
    @Operation(summary = "The dataset catalogue",
            description = "Datasets, their owners, kinds, status and the policy in force in plain words; paged, sorted by id.")
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a dataset (the owner's org-admin)",
            description = "The dataset starts PROPOSED with policy version 1 pending; an APPROVE_DATASET motion opens "
                    + "in the configured body. 403 for another organisation's dataset, 422 for a policy refused "
                    + "(one violation per error, with its path in the document, or the unknown constraint's name).")
    @APIResponse(responseCode = "201", description = "Proposed; the approval motion is open")
    public Response propose(@NotNull(message = "a JSON body is required") @Valid DatasetProposal request,
                            @Context UriInfo uri) {
        DatasetMotionReceipt receipt = proposals.propose(request, callers.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.datasetId()).build()).entity(receipt).build();
    }

    @POST
    @Path("/{id}/policy-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a new policy version (the owner's org-admin)",
            description = "Opens a CHANGE_SHARING_POLICY motion; the new version comes into force when adopted. "
                    + "409 while another motion about the dataset is open.")
    @APIResponse(responseCode = "201", description = "The version is pending; its motion is open")
    public Response changePolicy(@PathParam("id") String id,
                                 @NotNull(message = "a JSON body is required") @Valid PolicyChangeRequest request,
                                 @Context UriInfo uri) {
        DatasetMotionReceipt receipt = proposals.changePolicy(id, request, callers.caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/datasets").path(id).path("policy/versions")
                .path(String.valueOf(receipt.policyVersion())).build();
        return Response.created(location).entity(receipt).build();
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a dataset's suspension (owner's org-admin or hub-admin)",
            description = "Opens a SUSPEND_DATASET motion; an adopted suspension stops contributions and releases.")
    @APIResponse(responseCode = "201", description = "The motion is open")
    public Response suspend(@PathParam("id") String id, @Valid DatasetMotionRequest request) {
        return motionCreated(proposals.requestSuspension(id, request, callers.caller()));
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a dataset's retirement (owner's org-admin or hub-admin)",
            description = "Opens a RETIRE_DATASET motion; a retired dataset takes no records and releases nothing.")
    @APIResponse(responseCode = "201", description = "The motion is open")
    public Response retire(@PathParam("id") String id, @Valid DatasetMotionRequest request) {
        return motionCreated(proposals.requestRetirement(id, request, callers.caller()));
    }

    @GET
    @Path("/{id}/policy")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON, YAML})
    @Operation(summary = "The policy in force",
            description = "format=native (default): the version with its decision and the document; "
                    + "format=odrl: ODRL 2.2 JSON-LD (an Offer by the owner); format=yaml: the document as YAML.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyVersionView.class)), @Content(mediaType = LD_JSON),
            @Content(mediaType = YAML)})
    public Response policy(@PathParam("id") String id,
                           @QueryParam("format") @DefaultValue("native")
                           @Parameter(description = "native, odrl or yaml") String format) {
        return render(id, null, format);
    }

    @GET
    @Path("/{id}/policy/versions")
    @Operation(summary = "Every policy version of a dataset",
            description = "Oldest first: pending, in force, superseded and rejected versions, each with the motion "
                    + "and decision that settled it.")
    public List<PolicyVersionView> versions(@PathParam("id") String id) {
        return policies.history(id);
    }

    @GET
    @Path("/{id}/policy/versions/{version}")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON, YAML})
    @Operation(summary = "One policy version", description = "Same formats as the policy in force.")
    public Response version(@PathParam("id") String id, @PathParam("version") int version,
                            @QueryParam("format") @DefaultValue("native") String format) {
        return render(id, version, format);
    }

    private Response render(String id, Integer version, String format) {
        return switch (format == null ? "native" : format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "native", "" -> Response.ok(version == null ? policies.current(id) : policies.version(id, version),
                    MediaType.APPLICATION_JSON).build();
            case "odrl" -> Response.ok(policies.odrl(id, version), LD_JSON).build();
            case "yaml" -> Response.ok(policies.yaml(id, version), YAML).build();
            default -> throw ValidationProblem.ofField("format", "'" + format + "' is not one of native, odrl, yaml");
        };
    }

    private static Response motionCreated(DatasetMotionReceipt receipt) {
        return Response.created(URI.create("/api/v1/motions/" + receipt.motionId())).entity(receipt).build();
    }
}
