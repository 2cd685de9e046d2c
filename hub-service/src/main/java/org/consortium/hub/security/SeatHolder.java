package org.consortium.hub.security;

/**
 * Who holds a seat in a voting body: an organisation or a person (exactly one of the two).
 * Kept as an interface here so that {@link AccessRules} decides who may vote without
 * knowing how the governance slice stores its seats.
 */
public interface SeatHolder {

    /** The holding organisation's id, or null for a person seat. */
    String holderOrganisationId();

    /** The holding person's subject (OIDC subject or local user name), or null for an organisation seat. */
    String holderPerson();
}
