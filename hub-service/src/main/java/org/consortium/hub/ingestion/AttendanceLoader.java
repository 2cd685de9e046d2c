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

    void load(Connection c, List<CheckedRecord> records) throws SQLException;
}
