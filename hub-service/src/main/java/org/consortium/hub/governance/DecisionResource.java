package org.consortium.hub.governance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decision log: readable by every signed-in member, verifiable by anyone of them. */
@Path("/api/v1/decisions")
@Tag(name = "Decisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionLog log;

    @GET
    @Operation(summary = "List decisions, newest first",
            description = "Each entry carries its tally explanation, the rule version used and its place in the hash chain.")
    public Page<DecisionView> list(@QueryParam("subject") String subject,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return log.list(subject == null || subject.isBlank() ? null : subject, page, size);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the hash chain",
            description = "Recomputes every entry's hash; names the first entry that was changed, removed or re-linked.")
    public ChainVerification verify() {
        return log.verify();
    }

    @GET
    @Path("/{seq}")
    @Operation(summary = "One decision")
    public DecisionView get(@PathParam("seq") long seq) {
        return log.get(seq);
    }
}
