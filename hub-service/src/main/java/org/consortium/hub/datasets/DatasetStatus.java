package org.consortium.hub.datasets;

/** Dataset lifecycle: proposed → approved (ingestion open) → suspended / retired; or rejected. */
public enum DatasetStatus {
    PROPOSED, APPROVED, REJECTED, SUSPENDED, RETIRED
}
