package org.consortium.hub.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the current request's {@link Caller} once, from a token or a local account. The
 * organisation comes from {@link MemberStandingAugmentor}, which also removed the member-only
 * roles if that organisation is not an active member.
 */
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

    /** A name to greet the caller with: the token's name or user name, else the subject. */
    public String displayName() {
        Caller c = caller();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : new String[] {"name", "preferred_username"}) {
                String value = stringClaim(jwt, claim);
                if (value != null) {
                    return value;
                }
            }
        }
        return c.subject();
    }

    private Caller resolve() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        String organisation = identity.getAttribute(MemberStandingAugmentor.ORGANISATION_ATTRIBUTE);
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Caller(subject, Set.copyOf(roles), organisation, "oidc");
        }
        return new Caller(identity.getPrincipal().getName(), Set.copyOf(roles), organisation, "local");
    }

    /** A claim as a plain string (tokens may hand custom claims back as JSON values), or null. */
    static String stringClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        String s = value instanceof JsonString js ? js.getString() : value == null ? null : value.toString();
        return s == null || s.isBlank() ? null : s;
    }
}
