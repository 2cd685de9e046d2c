package org.consortium.hub.datasets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One version of a dataset's sharing policy, kept for ever, with the decision that adopted it. */
@Entity
@Table(name = "dataset_policy_version")
@IdClass(DatasetPolicyVersion.Key.class)
public class DatasetPolicyVersion extends PanacheEntityBase {

    /** Composite key: dataset and version number. */
    public static class Key implements Serializable {
        public String datasetId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(datasetId, k.datasetId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(datasetId, version);
        }
    }

    @Id
    @Column(name = "dataset_id")
    public String datasetId;

    @Id
    public int version;

    /** Canonical JSON of the policy (policyId = dataset id, version = this version). */
    @Column(nullable = false)
    public String document;

    @Column(name = "replaces_version")
    public Integer replacesVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PolicyVersionStatus status;

    @Column(name = "motion_id")
    public UUID motionId;

    @Column(name = "adopted_by_decision_seq")
    public Long adoptedByDecisionSeq;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    static Optional<DatasetPolicyVersion> withStatus(String datasetId, PolicyVersionStatus status) {
        return find("datasetId = ?1 and status = ?2 order by version desc", datasetId, status).firstResultOptional();
    }

    static List<DatasetPolicyVersion> history(String datasetId) {
        return list("datasetId = ?1 order by version", datasetId);
    }

    static int nextVersion(String datasetId) {
        return history(datasetId).stream().mapToInt(v -> v.version).max().orElse(0) + 1;
    }
}
