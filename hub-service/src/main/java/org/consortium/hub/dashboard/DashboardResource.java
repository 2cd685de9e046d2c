package org.consortium.hub.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Placeholder for the dashboard: a protected page that greets the signed-in person. Sign-in is
 * enforced before this page by the HTTP permission on {@code /dashboard/*} (code flow with
 * Keycloak in production, HTTP Basic in the embedded mode); the dashboard issue replaces it.
 */
@Path("/dashboard")
public class DashboardResource {

    @Inject
    CallerContext callers;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page() {
        Caller caller = callers.caller();
        String roles = caller.roles().stream().filter(Roles.ALL::contains).sorted().collect(Collectors.joining(", "));
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Consortium data hub</title></head>
                <body><main>
                <h1>Welcome, %s</h1>
                <p id="organisation">Organisation: %s</p>
                <p id="roles">Roles: %s</p>
                <p>The dashboard is on its way.</p>
                </main></body></html>
                """.formatted(html(callers.displayName()),
                html(caller.organisationId() == null ? "none (hub-wide)" : caller.organisationId()),
                html(roles));
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
