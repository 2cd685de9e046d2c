package org.consortium.hub.membership;

/** An organisation's public profile, as other members see it (no contact details). */
public record OrganisationView(String id, String legalName, OrganisationKind kind, String college,
                               String regionCode, String departmentCode, OrganisationStatus status) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.legalName, o.kind, o.college, o.regionCode, o.departmentCode, o.status);
    }
}
