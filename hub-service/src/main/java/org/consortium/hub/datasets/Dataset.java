package org.consortium.hub.datasets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A dataset: owned by one member, approved by vote, bound to a sharing policy. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "owner_org_id", nullable = false)
    public String ownerOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DatasetKind kind;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "schema_version", nullable = false)
    public String schemaVersion;

    @Column(nullable = false)
    public String licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DatasetStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When the approval was adopted; null until then. A policy's embargo may count from this day. */
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    /** The decision log entry that approved the dataset. */
    /** Occupancy above 100 % still plausible for this dataset's halls (standing places, added seats). */
    @Column(name = "occupancy_tolerance_percent", nullable = false)
    public int occupancyTolerancePercent = org.consortium.hub.sdk.contract.Plausibility.DEFAULT_TOLERANCE_PERCENT;

    @Column(name = "approved_by_decision_seq")
    public Long approvedByDecisionSeq;
}
