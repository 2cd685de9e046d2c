package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only decision log. {@link Immutable}: Hibernate never issues an
 * UPDATE for it, and no code path deletes one; {@link DecisionLog} is the only writer.
 */
@Entity
@Immutable
@Table(name = "decision_log")
public class DecisionEntry extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** A motion kind (ADMIT_MEMBER...) or an action (EMERGENCY_SUSPENSION, RULES_CHANGED). */
    @Column(nullable = false)
    public String kind;

    public String subject;

    @Column(name = "motion_id")
    public UUID motionId;

    @Column(name = "body_id")
    public String bodyId;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "rules_version")
    public Integer rulesVersion;

    /** JSON: the tally's explanation lines, the effects applied, and any reason given. */
    @Column(nullable = false)
    public String explanation;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;

    /** The hashed content of this entry. */
    DecisionHashing.Content content() {
        return new DecisionHashing.Content(seq, at.toInstant(), kind, subject, motionId, bodyId, outcome,
                rulesVersion, explanation);
    }
}
