package org.consortium.hub.membership;

/** What kind of organisation a member or applicant is. */
public enum OrganisationKind {
    VENUE, COMPANY, NETWORK, PUBLIC_BODY, RESEARCH, TICKETING_VENDOR, OTHER
}
