package org.consortium.hub.policies.sharing;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks: the person's roles and the organisation they act for.
 *
 * @param roles            the person's roles (organisation roles and hub-wide roles alike)
 * @param organisationId   the organisation acted for, or null for an anonymous caller
 * @param organisationKind its kind, or null when unknown or anonymous
 * @param member           whether the organisation is a member in good standing now
 */
public record Caller(Set<String> roles, String organisationId, OrganisationKind organisationKind, boolean member) {

    public Caller {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** Someone outside the consortium with no organisation (public access only). */
    public static Caller anonymous() {
        return new Caller(Set.of(), null, null, false);
    }
}
