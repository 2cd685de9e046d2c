package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Adds a batch's {@link RollupDeltas} to the rollup tables. The increment statement is
 * database-specific (PostgreSQL's atomic ON CONFLICT, a standard MERGE elsewhere); rows that
 * fall back to zero lines are removed so the rollups hold exactly what a GROUP BY would.
 */
public abstract class RollupStore {

    protected abstract String incrementAttendanceSql();

    protected abstract String incrementPerformanceSql();

    public void add(Connection c, RollupDeltas deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(incrementAttendanceSql())) {
            for (Map.Entry<RollupDeltas.AttendanceKey, long[]> e : deltas.attendance.entrySet()) {
                bindAttendanceKey(ps, e.getKey());
                long[] v = e.getValue();
                ps.setLong(8, v[0]);
                ps.setLong(9, v[1]);
                ps.setLong(10, v[2]);
                ps.setLong(11, v[3]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(incrementPerformanceSql())) {
            for (Map.Entry<RollupDeltas.PerformanceKey, long[]> e : deltas.performances.entrySet()) {
                bindPerformanceKey(ps, e.getKey());
                ps.setLong(5, e.getValue()[0]);
                ps.setLong(6, e.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        removeEmptyRows(c, deltas);
    }

    private static void removeEmptyRows(Connection c, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from attendance_rollup where dataset_id = ? "
                + "and venue_org = ? and period_month = ? and genre = ? and tariff_category = ? "
                + "and buyer_department = ? and age_band = ? and lines = 0")) {
            for (RollupDeltas.AttendanceKey key : deltas.attendance.keySet()) {
                bindAttendanceKey(ps, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("delete from performance_rollup where dataset_id = ? "
                + "and venue_org = ? and period_month = ? and genre = ? and performances = 0")) {
            for (RollupDeltas.PerformanceKey key : deltas.performances.keySet()) {
                bindPerformanceKey(ps, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindAttendanceKey(PreparedStatement ps, RollupDeltas.AttendanceKey k) throws SQLException {
        ps.setString(1, k.datasetId());
        ps.setString(2, k.venue());
        ps.setDate(3, Date.valueOf(k.month()));
        ps.setString(4, k.genre());
        ps.setString(5, k.tariff());
        ps.setString(6, k.department());
        ps.setString(7, k.ageBand());
    }

    private static void bindPerformanceKey(PreparedStatement ps, RollupDeltas.PerformanceKey k) throws SQLException {
        ps.setString(1, k.datasetId());
        ps.setString(2, k.venue());
        ps.setDate(3, Date.valueOf(k.month()));
        ps.setString(4, k.genre());
    }
}
