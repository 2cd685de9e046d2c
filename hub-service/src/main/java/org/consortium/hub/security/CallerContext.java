package org.consortium.hub.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Resolves the current request's {@link Caller} once, from a token or a local account. */
@RequestScoped
public class CallerContext {

    /** Name of the token claim carrying the caller's member organisation. */
    public static final String ORGANISATION_CLAIM = "member_org";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    /** The authenticated caller; 401 when the request is anonymous. */
    public Caller caller() {
        if (caller == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object org = jwt.getClaim(ORGANISATION_CLAIM);
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Caller(subject, Set.copyOf(roles), org == null ? null : org.toString(), "oidc");
        }
        String name = identity.getPrincipal().getName();
        LocalAccount account = LocalAccount.findById(name);
        return new Caller(name, Set.copyOf(roles), account == null ? null : account.organisationId, "local");
    }
}
