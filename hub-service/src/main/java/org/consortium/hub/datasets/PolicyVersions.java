package org.consortium.hub.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.consortium.hub.policies.sharing.OdrlExporter;
import org.consortium.hub.policies.sharing.PolicyWriter;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.web.problem.NotFoundProblem;

/** Reads a dataset's policy versions, natively, as YAML or as ODRL. Every member may read them. */
@ApplicationScoped
public class PolicyVersions {

    @Inject
    DatasetService datasets;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<PolicyVersionView> history(String datasetId) {
        datasets.require(datasetId);
        return DatasetPolicyVersion.history(datasetId).stream().map(this::view).toList();
    }

    /** The version in force. */
    @Transactional
    public PolicyVersionView current(String datasetId) {
        return view(currentRow(datasetId));
    }

    @Transactional
    public PolicyVersionView version(String datasetId, int version) {
        return view(row(datasetId, version));
    }

    /** ODRL 2.2 JSON-LD of a version (the one in force when {@code version} is null): an Offer by the owner. */
    @Transactional
    public ObjectNode odrl(String datasetId, Integer version) {
        Dataset d = datasets.require(datasetId);
        DatasetPolicyVersion v = version == null ? currentRow(datasetId) : row(datasetId, version);
        return OdrlExporter.export(PolicyDocuments.load(v.document), d.id, d.ownerOrganisationId);
    }

    /** YAML of a version (the one in force when {@code version} is null). */
    @Transactional
    public String yaml(String datasetId, Integer version) {
        DatasetPolicyVersion v = version == null ? currentRow(datasetId) : row(datasetId, version);
        return PolicyWriter.toYaml(PolicyDocuments.load(v.document));
    }

    private DatasetPolicyVersion currentRow(String datasetId) {
        datasets.require(datasetId);
        // A proposed or rejected dataset has none; its versions are listed under /policy/versions.
        return DatasetPolicyVersion.withStatus(datasetId, PolicyVersionStatus.CURRENT).orElseThrow(() ->
                new NotFoundProblem("Policy in force for dataset", datasetId));
    }

    private DatasetPolicyVersion row(String datasetId, int version) {
        datasets.require(datasetId);
        DatasetPolicyVersion.Key key = new DatasetPolicyVersion.Key();
        key.datasetId = datasetId;
        key.version = version;
        DatasetPolicyVersion v = DatasetPolicyVersion.findById(key);
        if (v == null) {
            throw new NotFoundProblem("Policy version of dataset '" + datasetId + "'", version);
        }
        return v;
    }

    private PolicyVersionView view(DatasetPolicyVersion v) {
        SharingPolicy policy = PolicyDocuments.load(v.document);
        try {
            return new PolicyVersionView(v.datasetId, v.version, v.status, v.replacesVersion, v.motionId,
                    v.adoptedByDecisionSeq, v.adoptedAt, v.proposedBy, v.proposedAt, PolicySummary.lines(policy),
                    json.readTree(v.document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored policy version " + v.datasetId + " v" + v.version + " is unreadable", e);
        }
    }
}
