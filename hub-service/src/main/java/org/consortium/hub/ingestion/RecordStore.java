package org.consortium.hub.ingestion;

import java.util.Optional;

/**
 * Where contributed records are kept. The database-specific SQL (an atomic
 * {@code ON CONFLICT} upsert on PostgreSQL, a standard {@code MERGE} elsewhere) lives
 * behind this interface; RecordStoreContractTest runs one suite against both.
 * Callers provide the transaction.
 */
public interface RecordStore {

    /**
     * Stores a record unless a record with the same key and an equal or higher version is
     * already there.
     *
     * @return true when the record was inserted or replaced, false when it was a no-op
     */
    boolean upsert(StoredRecord record);

    Optional<StoredRecord> find(String datasetId, String recordId);

    /** Number of live (not deleted) records of a dataset. */
    long countLive(String datasetId);

    /** Short name of the implementation, for logs and tests. */
    String dialect();
}
