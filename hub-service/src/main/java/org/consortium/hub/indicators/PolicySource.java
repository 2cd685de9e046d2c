package org.consortium.hub.indicators;

import java.util.List;

/** Where indicators learn which datasets are approved and under which policy version. */
public interface PolicySource {

    /** Every dataset open to aggregation (approved), with its current policy. */
    List<DatasetPolicy> approvedDatasets();
}
