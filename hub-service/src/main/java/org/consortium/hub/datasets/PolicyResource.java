package org.consortium.hub.datasets;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consortium.hub.policies.sharing.PolicyTemplates;
import org.consortium.hub.policies.sharing.PolicyWriter;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access questions against sharing policies, and the policy templates members start from. */
@Path("/api/v1/policy")
@Tag(name = "Sharing policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyEvaluation evaluation;

    @Inject
    CallerContext callers;

    /** A template: its name, its policy in plain words and its document. */
    public record TemplateView(String name, String title, List<String> summary, com.fasterxml.jackson.databind.JsonNode document) {
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "May I see this dataset for this purpose at this granularity?",
            description = "Evaluated for the calling identity (roles, organisation, its kind, membership) against the "
                    + "dataset's policy in force: the decision, every reason in plain words, and the obligations "
                    + "(disclosure control, coarsest granularity, licence). 409 for a dataset with no adopted policy.")
    public EvaluationView evaluate(@NotNull(message = "a JSON body is required") @Valid EvaluationRequest request) {
        return evaluation.evaluate(request, callers.caller());
    }

    @GET
    @Path("/templates")
    @Operation(summary = "Policy templates", description = "Ready-made policies to propose a dataset with, in plain words.")
    public List<TemplateView> templates() {
        return PolicyTemplates.names().stream().map(name -> {
            SharingPolicy p = PolicyTemplates.load(name);
            return new TemplateView(name, p.title(), PolicySummary.lines(p), PolicyWriter.toTree(p));
        }).toList();
    }
}
