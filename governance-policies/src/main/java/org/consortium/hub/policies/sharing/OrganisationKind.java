package org.consortium.hub.policies.sharing;

/** Kinds of organisation in the consortium, as in the shared design. */
public enum OrganisationKind {
    VENUE,
    COMPANY,
    NETWORK,
    PUBLIC_BODY,
    RESEARCH,
    TICKETING_VENDOR,
    OTHER
}
