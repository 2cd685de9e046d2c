package org.consortium.hub.membership;

/** Membership lifecycle: applicant → member → suspended / withdrawn; or rejected. */
public enum OrganisationStatus {
    APPLICANT, MEMBER, SUSPENDED, WITHDRAWN, REJECTED
}
