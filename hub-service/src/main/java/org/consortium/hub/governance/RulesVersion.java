package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One version of a body's voting rules, stored as the library's JSON; never changed once written. */
@Entity
@Table(name = "voting_rules_version")
@IdClass(RulesVersion.Key.class)
public class RulesVersion extends PanacheEntityBase {

    @Id
    @Column(name = "body_id")
    public String bodyId;

    @Id
    public int version;

    @Column(name = "rules_json", nullable = false)
    public String rulesJson;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Composite key (body, version). */
    public static class Key implements Serializable {
        public String bodyId;
        public int version;

        public Key() {
        }

        public Key(String bodyId, int version) {
            this.bodyId = bodyId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.bodyId, bodyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bodyId, version);
        }
    }
}
