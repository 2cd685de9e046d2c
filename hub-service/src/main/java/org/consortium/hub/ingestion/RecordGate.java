package org.consortium.hub.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.datasets.DatasetStatus;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Plausibility;
import org.consortium.hub.sdk.contract.Violation;

/**
 * Decides whether one record may enter the hub: the contract (the SDK's validator), then
 * the dataset (exists, approved, takes this record type), its owner (the contributor, an
 * active member). The contribution API and the Kafka consumer both ask it, so a member
 * producing to Kafka directly gains no privilege over the API.
 */
@ApplicationScoped
public class RecordGate {

    private final ContractValidator validator;
    private final Plausibility plausibility = new Plausibility();
    private final DatasetService datasets;
    private final OrganisationService organisations;

    public RecordGate(ContractValidator validator, DatasetService datasets, OrganisationService organisations) {
        this.validator = validator;
        this.datasets = datasets;
        this.organisations = organisations;
    }

    /** A gate for one batch: remembers the datasets and organisations it looked up. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Most reasons kept for one record. A hostile record can break the contract thousands of
     * times (10 000 unknown fields); its reasons go into the receipt and into one Kafka header
     * of its dead letter, which must stay far below the broker's message size.
     */
    static final int MAX_REASONS = 20;

    private static List<String> reasons(List<Violation> violations) {
        List<String> reasons = new ArrayList<>();
        for (Violation v : violations.subList(0, Math.min(violations.size(), MAX_REASONS))) {
            reasons.add(v.path() + ": " + v.message());
        }
        if (violations.size() > MAX_REASONS) {
            reasons.add("... and " + (violations.size() - MAX_REASONS)
                    + " more problems of the same record, not listed");
        }
        return reasons;
    }

    /** Per-batch lookups; not thread-safe, use one per batch. */
    public final class Batch {
        private final Map<String, Optional<Dataset>> datasetCache = new HashMap<>();
        private final Map<String, Optional<Organisation>> organisationCache = new HashMap<>();

        /**
         * Looks up these datasets and their owners in two queries, rather than one query each
         * as records come (a batch from many venues would otherwise cost a round trip per
         * dataset and per owner), and locks the datasets' rows until the batch commits.
         *
         * <p>The lock serialises ingestion per dataset. A dataset's performances and attendance
         * lines travel on different topics, so two transactions (two hub replicas, or two
         * partition groups of one batch) can hold records of the same dataset at once; without
         * it, a line stored while its performance is being stored could be left uncounted by
         * both, each reading the facts before the other commits. It also makes a governance
         * change of the dataset's status wait for the batch in flight.
         */
        public void lockAndPrefetch(Collection<String> datasetIds) {
            List<String> wanted = datasetIds.stream().filter(id -> id != null && !datasetCache.containsKey(id))
                    .distinct().toList();
            for (Dataset d : datasets.lockAll(wanted)) {
                datasetCache.put(d.id, Optional.of(d));
            }
            wanted.forEach(id -> datasetCache.putIfAbsent(id, Optional.empty()));
            List<String> owners = datasetCache.values().stream().flatMap(Optional::stream)
                    .map(d -> d.ownerOrganisationId).filter(id -> !organisationCache.containsKey(id)).distinct().toList();
            for (Organisation o : organisations.findAll(owners)) {
                organisationCache.put(o.id, Optional.of(o));
            }
            owners.forEach(id -> organisationCache.putIfAbsent(id, Optional.empty()));
        }

        /** Every reason to refuse this envelope, up to {@link #MAX_REASONS}; empty when it may be stored. */
        public List<String> refusals(JsonNode envelope) {
            List<Violation> violations = validator.validate(envelope);
            if (!violations.isEmpty()) {
                return reasons(violations);
            }
            List<Plausibility.Finding> implausible = Plausibility.hard(plausibility.check(envelope));
            if (!implausible.isEmpty()) {
                return implausible.stream().map(f -> f.path() + ": implausible: " + f.message()).toList();
            }
            List<String> reasons = new ArrayList<>();
            String datasetId = envelope.get("datasetId").asText();
            String contributor = envelope.get("contributorOrg").asText();
            String recordType = envelope.get("recordType").asText();
            Optional<Dataset> dataset = datasetCache.computeIfAbsent(datasetId, datasets::find);
            if (dataset.isEmpty()) {
                return List.of("dataset '" + datasetId + "' does not exist");
            }
            Dataset d = dataset.get();
            if (d.status != DatasetStatus.APPROVED) {
                reasons.add("dataset '" + datasetId + "' is " + d.status.name().toLowerCase()
                        + ", not approved: it takes no records");
            }
            if (!d.kind.recordTypes().contains(recordType)) {
                reasons.add("dataset '" + datasetId + "' holds " + d.kind.name().toLowerCase()
                        + " data and takes no '" + recordType + "' records");
            }
            if (!d.ownerOrganisationId.equals(contributor)) {
                reasons.add("contributorOrg: '" + contributor + "' does not own dataset '" + datasetId + "'");
            } else {
                Optional<Organisation> owner = organisationCache.computeIfAbsent(contributor, organisations::find);
                if (owner.isEmpty() || owner.get().status != OrganisationStatus.MEMBER) {
                    reasons.add("organisation '" + contributor + "' is "
                            + owner.map(o -> o.status.name().toLowerCase()).orElse("unknown")
                            + ", not an active member");
                }
            }
            return reasons;
        }
    }
}
