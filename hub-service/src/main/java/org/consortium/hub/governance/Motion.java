package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A question put to a voting body, under the rule version current when it opened. */
@Entity
@Table(name = "motion")
public class Motion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(name = "rules_version", nullable = false)
    public int rulesVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MotionKind kind;

    /** What the motion is about: an organisation id, a dataset id...; null for a general motion. */
    @Column(name = "subject_ref")
    public String subjectRef;

    @Column(nullable = false)
    public String title;

    public String description;

    /** True when the motion ratifies an emergency measure already applied (an emergency suspension). */
    @Column(nullable = false)
    public boolean ratification;

    @Column(name = "seats_json", nullable = false)
    public String seatsJson;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MotionStatus status;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The tally's outcome (ADOPTED, REJECTED, NO_QUORUM, TIED_REFERRED) once closed. */
    public String outcome;

    /** The decision log entry recording the outcome. */
    @Column(name = "decision_seq")
    public Long decisionSeq;
}
