package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Adds a batch's {@link RollupDeltas} to every rollup table. The increment statement is
 * database-specific (PostgreSQL's atomic ON CONFLICT, a standard MERGE elsewhere) and built
 * from the table's columns; rows that fall back to zero are removed so the rollups hold
 * exactly what a GROUP BY would.
 */
public abstract class RollupStore {

    /** SQL types of the rollup columns, for databases that need typed parameters in VALUES. */
    protected static final Map<String, String> COLUMN_TYPES = Map.of(
            "dataset_id", "varchar(64)", "venue_org", "varchar(64)", "period_month", "date",
            "genre", "varchar(32)", "production_id", "varchar(16)", "tariff_category", "varchar(32)",
            "buyer_department", "varchar(3)", "age_band", "varchar(16)");

    /**
     * The statement adding one row's sums to a table, inserting the row when missing.
     * Parameters: the key columns, then the measures, in the given orders.
     */
    protected abstract String incrementSql(String table, List<String> key, List<String> measures);

    public void add(Connection c, RollupDeltas deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        for (AttendanceRollup table : AttendanceRollup.values()) {
            increment(c, table.table(), table.key(), AttendanceRollup.MEASURES, "lines", deltas.attendanceAt(table));
        }
        increment(c, AttendanceRollup.PERFORMANCE_TABLE, AttendanceRollup.BASE_KEY, AttendanceRollup.PERFORMANCE_MEASURES,
                "performances", deltas.performanceRows());
    }

    private void increment(Connection c, String table, List<String> key, List<String> measures, String countColumn,
                           Map<List<Object>, long[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(incrementSql(table, key, measures))) {
            for (Map.Entry<List<Object>, long[]> row : rows.entrySet()) {
                bindKey(ps, row.getKey());
                for (int m = 0; m < measures.size(); m++) {
                    ps.setLong(key.size() + m + 1, row.getValue()[m]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where "
                + String.join(" = ? and ", key) + " = ? and " + countColumn + " = 0")) {
            for (List<Object> k : rows.keySet()) {
                bindKey(ps, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
    }
}
