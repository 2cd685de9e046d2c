package org.consortium.hub.membership;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people who act for an organisation; managed by its org-admins (or a hub-admin). */
@Path("/api/v1/organisations/{id}/people")
@Tag(name = "Organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private static final String SUBJECT = "[A-Za-z0-9._@:-]{1,128}";

    @Inject
    PeopleService people;

    @Inject
    CallerContext callers;

    @Inject
    AccessRules access;

    @GET
    @Operation(summary = "People acting for the organisation, with their roles")
    public List<PersonView> list(@PathParam("id") String id) {
        access.requireOrgAdminOf(callers.caller(), id);
        return people.list(id);
    }

    @GET
    @Path("/{subject}")
    @Operation(summary = "One person's roles for the organisation")
    public PersonView get(@PathParam("id") String id, @PathParam("subject") String subject) {
        access.requireOrgAdminOf(callers.caller(), id);
        return people.get(id, subject);
    }

    @PUT
    @Path("/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a person's roles for the organisation",
            description = "Replaces the person's roles; in the embedded mode a password creates or resets a local account.")
    public PersonView put(@PathParam("id") String id,
                          @PathParam("subject") @Pattern(regexp = SUBJECT, message = "must be 1 to 128 letters, digits or . _ @ : -") String subject,
                          @NotNull(message = "a JSON body is required") @Valid PersonRequest request) {
        access.requireOrgAdminOf(callers.caller(), id);
        return people.put(id, subject, request);
    }

    @DELETE
    @Path("/{subject}")
    @Operation(summary = "Remove a person from the organisation", description = "Removes every role, and the local account if any.")
    public Response remove(@PathParam("id") String id, @PathParam("subject") String subject) {
        access.requireOrgAdminOf(callers.caller(), id);
        people.remove(id, subject);
        return Response.noContent().build();
    }
}
