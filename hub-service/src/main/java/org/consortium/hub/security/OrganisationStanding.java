package org.consortium.hub.security;

/**
 * Whether an organisation is an active member right now. Implemented by the membership slice,
 * so that the security package can withdraw data rights from suspended or withdrawn members
 * without knowing how organisations are stored.
 */
public interface OrganisationStanding {

    /** True only for an organisation that exists and whose status is MEMBER. */
    boolean isActiveMember(String organisationId);
}
