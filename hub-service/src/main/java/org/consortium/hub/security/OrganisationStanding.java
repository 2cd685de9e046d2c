package org.consortium.hub.security;

/**
 * Whether an organisation is an active member right now. Implemented by the membership slice,
 * so that the security package can withdraw data rights from suspended or withdrawn members
 * without knowing how organisations are stored.
 */
public interface OrganisationStanding {

    /** The organisation's status in lower case ("member", "suspended"...), or null if unknown. */
    String statusOf(String organisationId);

    /** True only for an organisation that exists and whose status is MEMBER. */
    default boolean isActiveMember(String organisationId) {
        return "member".equals(statusOf(organisationId));
    }
}
