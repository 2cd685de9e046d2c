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
        /** the same version with the same content is stored (a resend): nothing changed */
        UNCHANGED,
        /** a higher version is stored: nothing changed */
        STALE,
        /**
         * the same version with different content is stored: nothing changed, the record is
         * refused (a correction must raise the version)
         */
        CONFLICT,
        /** the id names a record of another type in the dataset: nothing changed, the record is refused */
        OTHER_TYPE
    }

    /**
     * Stores a record unless a record with the same key and an equal or higher version is
     * already there, or the key names a record of another type.
     */
    Upsert upsert(StoredRecord record);

    /** Why nothing changed, for a record that did not replace the stored one. */
    static Upsert unchangedBy(StoredRecord stored, StoredRecord sent) {
        if (!stored.recordType().equals(sent.recordType())) {
            return Upsert.OTHER_TYPE;
        }
        if (stored.version() > sent.version()) {
            return Upsert.STALE;
        }
        return sameContent(stored, sent) ? Upsert.UNCHANGED : Upsert.CONFLICT;
    }

    /** Same withdrawal flag and the same payload, as JSON (the order of keys aside). */
    static boolean sameContent(StoredRecord a, StoredRecord b) {
        if (a.deleted() != b.deleted()) {
            return false;
        }
        if (a.payload() == null || b.payload() == null) {
            return a.payload() == null && b.payload() == null;
        }
        try {
            return JSON.readTree(a.payload()).equals(JSON.readTree(b.payload()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    Optional<StoredRecord> find(String datasetId, String recordId);

    /** Number of live (not deleted) records of a dataset. */
    long countLive(String datasetId);

    /** Short name of the implementation, for logs and tests. */
    String dialect();
}
