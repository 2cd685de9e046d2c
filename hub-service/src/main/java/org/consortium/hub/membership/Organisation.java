package org.consortium.hub.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member of the consortium, or an organisation applying to become one. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    /** Readable stable id (a slug), also carried by tokens in the member_org claim. */
    @Id
    public String id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    /** College for weighted votes (venues, companies, institutions, partners...). */
    public String college;

    /** INSEE region code, e.g. 32 for Hauts-de-France. */
    @Column(name = "region_code")
    public String regionCode;

    /** INSEE department code, e.g. 59, 2A, 974. */
    @Column(name = "department_code")
    public String departmentCode;

    public String siret;

    @Column(name = "contact_email")
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
