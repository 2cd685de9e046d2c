package org.consortium.hub.security;

import java.util.Set;

/**
 * Who is calling, whatever signed them in: the subject, its roles and the organisation it
 * acts for (from the {@code member_org} claim of a token, or from the local account).
 *
 * @param subject        the OIDC subject or local user name
 * @param roles          hub role names
 * @param organisationId the member organisation it acts for, or null
 * @param authentication "oidc" or "local"
 */
public record Caller(String subject, Set<String> roles, String organisationId, String authentication) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean actsFor(String organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
