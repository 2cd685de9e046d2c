package org.consortium.hub.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.datasets.PolicyBinding;

/** Approved datasets and their policies in force, from the datasets slice. */
@ApplicationScoped
public class CataloguePolicySource implements PolicySource {

    private final DatasetService datasets;

    public CataloguePolicySource(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    @Transactional
    public List<DatasetPolicy> approvedDatasets() {
        return datasets.approvedPolicies().stream().map(CataloguePolicySource::of).toList();
    }

    private static DatasetPolicy of(PolicyBinding b) {
        return new DatasetPolicy(b.datasetId(), b.ownerOrganisationId(), b.policy(), b.version(),
                b.adoptedByDecisionSeq(), b.approvedOn());
    }
}
