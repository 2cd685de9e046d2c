package org.consortium.hub.datasets;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.NotFoundProblem;

/**
 * The dataset catalogue; other slices ask it about a dataset's owner, kind, status and
 * policy in force. Changes go through {@link DatasetProposals} and the votes that follow.
 */
@ApplicationScoped
public class DatasetService {

    /** Motion kinds about a dataset; a dataset is under at most one of them at a time. */
    public static final Set<MotionKind> DATASET_MOTIONS = Set.of(MotionKind.APPROVE_DATASET,
            MotionKind.CHANGE_SHARING_POLICY, MotionKind.SUSPEND_DATASET, MotionKind.RETIRE_DATASET);

    @Inject
    OrganisationService organisations;

    @Inject
    MotionService motions;

    @Transactional
    public Page<DatasetView> list(int page, int size) {
        var all = Dataset.<Dataset>findAll(Sort.by("id"));
        List<DatasetView> items = all.page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, page, size, all.count());
    }

    @Transactional
    public DatasetView get(String id) {
        return view(require(id));
    }

    public Dataset require(String id) {
        return find(id).orElseThrow(() -> new NotFoundProblem("Dataset", id));
    }

    public Optional<Dataset> find(String id) {
        return Dataset.findByIdOptional(id);
    }

    /**
     * The datasets with these ids that exist, in one query, their rows locked until the
     * transaction ends (SELECT ... FOR UPDATE, in id order so that two transactions never wait
     * on each other in a cycle).
     */
    public List<Dataset> lockAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : Dataset.<Dataset>find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * The policy version in force for a dataset, whatever the dataset's status (a suspended
     * or retired dataset keeps the policy it had); empty for an unknown dataset or one with
     * no adopted policy yet (proposed, rejected). Callers decide what the status means for them.
     */
    @Transactional
    public Optional<PolicyBinding> currentPolicy(String datasetId) {
        Optional<Dataset> dataset = find(datasetId);
        if (dataset.isEmpty()) {
            return Optional.empty();
        }
        return DatasetPolicyVersion.withStatus(datasetId, PolicyVersionStatus.CURRENT).map(v -> binding(dataset.get(), v));
    }

    /**
     * The policy in force of every approved dataset, sorted by dataset id: two queries
     * whatever the number of datasets (indicator requests ask for this every time).
     */
    @Transactional
    public List<PolicyBinding> approvedPolicies() {
        Map<String, DatasetPolicyVersion> current = new HashMap<>();
        for (DatasetPolicyVersion v : DatasetPolicyVersion.<DatasetPolicyVersion>list("status", PolicyVersionStatus.CURRENT)) {
            current.merge(v.datasetId, v, (a, b) -> a.version >= b.version ? a : b);
        }
        List<PolicyBinding> out = new ArrayList<>();
        for (Dataset d : approvedDatasets()) {
            DatasetPolicyVersion v = current.get(d.id);
            if (v != null) {
                out.add(binding(d, v));
            }
        }
        return out;
    }

    private static PolicyBinding binding(Dataset d, DatasetPolicyVersion v) {
        return new PolicyBinding(d.id, d.ownerOrganisationId, PolicyDocuments.loadCached(v.document), v.version,
                v.adoptedByDecisionSeq, approvedOn(d));
    }

    /** Datasets open for contributions and indicators (status APPROVED), sorted by id. */
    @Transactional
    public List<Dataset> approvedDatasets() {
        return Dataset.list("status", Sort.by("id"), DatasetStatus.APPROVED);
    }

    DatasetView view(Dataset d) {
        Optional<DatasetPolicyVersion> current = DatasetPolicyVersion.withStatus(d.id, PolicyVersionStatus.CURRENT);
        SharingPolicy policy = current.map(v -> PolicyDocuments.load(v.document)).orElse(null);
        String ownerName = organisations.find(d.ownerOrganisationId).map(o -> o.legalName).orElse(null);
        return new DatasetView(d.id, d.ownerOrganisationId, ownerName, d.kind, d.title, d.description,
                d.schemaVersion, d.licence, d.status, current.map(v -> v.version).orElse(null),
                policy == null ? null : PolicySummary.of(policy), approvedOn(d), d.approvedByDecisionSeq,
                motions.openMotionAbout(d.id, DATASET_MOTIONS).orElse(null));
    }

    private static LocalDate approvedOn(Dataset d) {
        return d.approvedAt == null ? null : d.approvedAt.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The owner, which must exist (a foreign key guarantees it). */
    Organisation owner(Dataset d) {
        return organisations.require(d.ownerOrganisationId);
    }
}
