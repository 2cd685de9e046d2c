package org.consortium.hub.ingestion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What happened to one submitted batch: counters the API and the consumer both update. */
@Entity
@Table(name = "receipt")
public class Receipt extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of the submitted body, to tell a retry from a different batch under the same key. */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Records that passed validation and were written to the broker. */
    public int accepted;

    @Column(name = "rejected_at_submission")
    public int rejectedAtSubmission;

    /** Records the consumer applied (stored, or unchanged because not newer). */
    public int stored;

    /** Of the stored ones, those that changed nothing: a resend of the same content, or an older version. */
    public int unchanged;

    @Column(name = "rejected_at_ingestion")
    public int rejectedAtIngestion;

    /** True once the broker acknowledged every accepted record. */
    public boolean published;
}
