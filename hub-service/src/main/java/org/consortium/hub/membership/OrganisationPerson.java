package org.consortium.hub.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One role a person holds for an organisation (one row per role). */
@Entity
@Table(name = "organisation_person")
@IdClass(OrganisationPerson.Key.class)
public class OrganisationPerson extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public String organisationId;

    @Id
    public String subject;

    /** The hub role name: org-admin, contributor or analyst. */
    @Id
    public String role;

    /** Composite key (organisation, subject, role). */
    public static class Key implements Serializable {
        public String organisationId;
        public String subject;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.organisationId, organisationId)
                    && Objects.equals(k.subject, subject) && Objects.equals(k.role, role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, subject, role);
        }
    }
}
