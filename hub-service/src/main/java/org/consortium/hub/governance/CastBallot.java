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
import org.consortium.hub.policies.voting.Choice;

/** A ballot stored for a motion; UNIQUE (motion_id, seat_id) keeps it to one per seat. */
@Entity
@Table(name = "ballot")
public class CastBallot extends PanacheEntityBase {

    /** Name of the database constraint that refuses a second ballot for a seat. */
    public static final String ONE_PER_SEAT = "ballot_one_per_seat";

    @Id
    public UUID id;

    @Column(name = "motion_id", nullable = false)
    public UUID motionId;

    @Column(name = "seat_id", nullable = false)
    public UUID seatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Choice choice;

    /** The subject who cast it (for an organisation seat, the person acting for it). */
    @Column(name = "cast_by", nullable = false)
    public String castBy;

    @Column(name = "cast_at", nullable = false)
    public OffsetDateTime castAt;
}
