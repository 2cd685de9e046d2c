package org.consortium.hub.ingestion;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves that the incrementally maintained rollups equal a recomputation from the facts
 * (a GROUP BY of attendance lines joined with their performances), and that exactly the
 * lines whose performance is live are counted.
 */
@ApplicationScoped
public class RollupCheck {

    private static final int MAX_DIFFERENCES = 20;

    private final AgroalDataSource dataSource;

    public RollupCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param consistent      true when nothing differs
     * @param attendanceRows  rows of attendance_rollup compared
     * @param performanceRows rows of performance_rollup compared
     * @param misattributed   attendance lines whose counted flag disagrees with their performance
     * @param differences     the first differing rows, in words
     */
    public record Report(boolean consistent, int attendanceRows, int performanceRows, long misattributed,
                         List<String> differences) {
    }

    public Report run() {
        try (Connection c = dataSource.getConnection()) {
            List<String> differences = new ArrayList<>();
            Map<String, String> attendanceStored = rows(c, "select dataset_id, venue_org, period_month, genre, "
                    + "tariff_category, buyer_department, age_band, tickets, revenue_cents, first_time_buyers, lines "
                    + "from attendance_rollup", 7);
            Map<String, String> attendanceRecomputed = rows(c, "select p.dataset_id, p.venue_org, p.period_month, "
                    + "p.genre, a.tariff_category, a.buyer_department, a.age_band, sum(a.tickets), sum(a.revenue_cents), "
                    + "sum(a.first_time_buyers), count(*) from attendance_fact a join performance_fact p "
                    + "on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id "
                    + "group by p.dataset_id, p.venue_org, p.period_month, p.genre, a.tariff_category, "
                    + "a.buyer_department, a.age_band", 7);
            compare("attendance_rollup", attendanceStored, attendanceRecomputed, differences);
            Map<String, String> performanceStored = rows(c, "select dataset_id, venue_org, period_month, genre, "
                    + "performances, capacity from performance_rollup", 4);
            Map<String, String> performanceRecomputed = rows(c, "select dataset_id, venue_org, period_month, genre, "
                    + "count(*), sum(capacity) from performance_fact group by dataset_id, venue_org, period_month, genre", 4);
            compare("performance_rollup", performanceStored, performanceRecomputed, differences);
            long misattributed = count(c, "select count(*) from attendance_fact a where a.rolled <> "
                    + "(exists (select 1 from performance_fact p where p.dataset_id = a.dataset_id "
                    + "and p.record_id = a.performance_record_id))");
            if (misattributed > 0) {
                differences.add(misattributed + " attendance lines are counted without their performance, or the reverse");
            }
            return new Report(differences.isEmpty(), attendanceStored.size(), performanceStored.size(), misattributed,
                    differences.size() > MAX_DIFFERENCES ? differences.subList(0, MAX_DIFFERENCES) : differences);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the rollups", e);
        }
    }

    private static void compare(String table, Map<String, String> stored, Map<String, String> recomputed,
                                List<String> differences) {
        Set<String> keys = new HashSet<>(stored.keySet());
        keys.addAll(recomputed.keySet());
        for (String key : keys) {
            String s = stored.get(key);
            String r = recomputed.get(key);
            if (s == null || !s.equals(r)) {
                differences.add(table + " [" + key + "]: stored " + (s == null ? "nothing" : s)
                        + ", recomputed " + (r == null ? "nothing" : r));
            }
        }
    }

    /** Rows as key (first {@code keyColumns} columns) → values (the rest), both as text. */
    private static Map<String, String> rows(Connection c, String sql, int keyColumns) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                StringBuilder values = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    StringBuilder target = i <= keyColumns ? key : values;
                    target.append(target.isEmpty() ? "" : ", ").append(rs.getString(i));
                }
                out.put(key.toString(), values.toString());
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
