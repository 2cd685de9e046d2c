package org.consortium.hub.ingestion;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What became of a contributed batch. */
@Path("/api/v1/receipts")
@Tag(name = "Contributions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    @Inject
    ReceiptService receipts;

    @Inject
    CallerContext callerContext;

    @GET
    @Path("/{id}")
    @Operation(summary = "A receipt", description = "Accepted, stored, pending and rejected records of a batch, "
            + "including rejections found later by ingestion. Only the submitting organisation sees it.")
    public ReceiptView receipt(@PathParam("id") String id) {
        return receipts.view(id, callerContext.caller());
    }
}
