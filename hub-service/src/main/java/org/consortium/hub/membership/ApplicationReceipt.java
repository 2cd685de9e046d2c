package org.consortium.hub.membership;

import java.util.UUID;

/**
 * The answer to an application: the applicant's profile and the admission motion it opened
 * (null when the admission body is not set up yet).
 */
public record ApplicationReceipt(String id, String legalName, OrganisationKind kind, String college, String regionCode,
                                 String departmentCode, OrganisationStatus status, UUID admissionMotionId) {

    static ApplicationReceipt of(OrganisationView o, UUID motionId) {
        return new ApplicationReceipt(o.id(), o.legalName(), o.kind(), o.college(), o.regionCode(), o.departmentCode(),
                o.status(), motionId);
    }
}
