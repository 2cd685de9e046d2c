package org.consortium.hub.ingestion;

import java.util.Optional;

/**
 * Where contributed records are kept. The database-specific SQL (an atomic
 * {@code ON CONFLICT} upsert on PostgreSQL, a standard {@code MERGE} elsewhere) lives
 * behind this interface; RecordStoreContractTest runs one suite against both.
 * Callers provide the transaction.
 */
public interface RecordStore {

    /** What an upsert did. */
    enum Upsert {
        /** inserted, or replaced a lower version */
        APPLIED,
        /** an equal or higher version of the record is stored: nothing changed */
        UNCHANGED,
        /** the id names a record of another type in the dataset: nothing changed, the record is refused */
        OTHER_TYPE
    }

    /**
     * Stores a record unless a record with the same key and an equal or higher version is
     * already there, or the key names a record of another type.
     */
    Upsert upsert(StoredRecord record);

    Optional<StoredRecord> find(String datasetId, String recordId);

    /** Number of live (not deleted) records of a dataset. */
    long countLive(String datasetId);

    /** Short name of the implementation, for logs and tests. */
    String dialect();
}
