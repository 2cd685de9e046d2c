package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores a batch's attendance records with their facts and rollups, in the caller's
 * transaction. Attendance lines are nearly all of the volume, so PostgreSQL loads them in bulk
 * ({@link PostgresAttendanceLoader}); elsewhere they go record by record. Both leave the same
 * state: the highest version of each record, its fact, and rollups equal to a recomputation.
 */
interface AttendanceLoader {

    /**
     * @return what became of each record, in the order given: {@code APPLIED}, or why nothing
     *         changed ({@code OTHER_TYPE} and {@code CONFLICT} refuse the record)
     */
    List<RecordStore.Upsert> load(Connection c, List<CheckedRecord> records) throws SQLException;

    static List<String> key(StoredRecord r) {
        return List.of(r.datasetId(), r.recordId());
    }
}
