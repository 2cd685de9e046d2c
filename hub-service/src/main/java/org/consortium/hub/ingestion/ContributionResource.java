package org.consortium.hub.ingestion;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where venues send their records. */
@Path("/api/v1/datasets/{id}/contributions")
@Tag(name = "Contributions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContributionResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    ContributionService contributions;

    @Inject
    CallerContext callerContext;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Send a batch of records",
            description = "A JSON array of record envelopes, or NDJSON. Each record is validated against the "
                    + "contract; valid records are written to the broker before the answer. The receipt lists "
                    + "every refused record with its index and reasons. Retrying with the same Idempotency-Key "
                    + "returns the first receipt.")
    @APIResponse(responseCode = "202", description = "Batch accepted; see the receipt")
    @APIResponse(responseCode = "409", description = "The dataset is not approved")
    @APIResponse(responseCode = "413", description = "Too many records in one batch")
    public Response contribute(@PathParam("id") String datasetId,
                               @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200)
                               @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
                               String idempotencyKey,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               byte[] body) {
        boolean ndjson = contentType != null && contentType.toLowerCase().startsWith(NDJSON);
        ContributionService.Result result = contributions.contribute(datasetId, callerContext.caller(), body, ndjson,
                idempotencyKey);
        return Response.accepted(result.receipt())
                .header("Location", "/api/v1/receipts/" + result.receipt().id())
                .header("Idempotent-Replayed", result.replay())
                .build();
    }
}
