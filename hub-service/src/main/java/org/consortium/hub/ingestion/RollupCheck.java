package org.consortium.hub.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Proves that the incrementally maintained rollups equal a recomputation from the facts (a
 * GROUP BY of the attendance lines joined with their performances, at each table's grain),
 * and that exactly the lines whose performance is live are counted. The comparison runs in
 * the database (EXCEPT both ways), so it needs no memory proportional to the rollups.
 * The same recomputation rebuilds the rollups, for an operator after a restore or an upgrade.
 */
@ApplicationScoped
public class RollupCheck {

    private static final Logger LOG = Logger.getLogger(RollupCheck.class);
    private static final int MAX_DIFFERENCES = 20;

    private final AgroalDataSource dataSource;

    public RollupCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param consistent    true when nothing differs
     * @param rows          rows compared per rollup table
     * @param misattributed attendance lines whose counted flag disagrees with their performance
     * @param differences   the first differing rows, in words
     */
    public record Report(boolean consistent, Map<String, Long> rows, long misattributed, List<String> differences) {
    }

    /** A rollup table and the query that recomputes it from the facts. */
    private record Recomputation(String table, List<String> columns, String select) {
    }

    public Report run() {
        try (Connection c = dataSource.getConnection()) {
            List<String> differences = new ArrayList<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Recomputation r : recomputations()) {
                rows.put(r.table(), count(c, "select count(*) from " + r.table()));
                String stored = "select " + String.join(", ", r.columns()) + " from " + r.table();
                differences(c, r.table() + " holds", stored + " except " + r.select(), r.columns(), differences);
                differences(c, "recomputation of " + r.table() + " gives", r.select() + " except " + stored, r.columns(),
                        differences);
            }
            long misattributed = count(c, "select count(*) from attendance_fact a where a.rolled <> "
                    + "(exists (select 1 from performance_fact p where p.dataset_id = a.dataset_id "
                    + "and p.record_id = a.performance_record_id))");
            if (misattributed > 0) {
                differences.add(misattributed + " attendance lines are counted without their performance, or the reverse");
            }
            return new Report(differences.isEmpty(), rows, misattributed,
                    differences.size() > MAX_DIFFERENCES ? differences.subList(0, MAX_DIFFERENCES) : differences);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the rollups", e);
        }
    }

    /** Replaces every rollup table by its recomputation, in one transaction; returns rows per table. */
    public Map<String, Long> rebuild() {
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (Recomputation r : recomputations()) {
                    s.executeUpdate("delete from " + r.table());
                    long inserted = s.executeUpdate("insert into " + r.table() + " (" + String.join(", ", r.columns())
                            + ") " + r.select());
                    rows.put(r.table(), inserted);
                    LOG.infof("Rollup %s rebuilt from the facts: %d rows", r.table(), inserted);
                }
            }
            return rows;
        });
    }

    private static List<Recomputation> recomputations() {
        List<Recomputation> out = new ArrayList<>();
        for (AttendanceRollup rollup : AttendanceRollup.values()) {
            List<String> key = rollup.key();
            List<String> columns = new ArrayList<>(key);
            columns.addAll(AttendanceRollup.MEASURES);
            String keyExpressions = key.stream().map(k -> (rollup.audience().contains(k) ? "a." : "p.") + k)
                    .collect(Collectors.joining(", "));
            out.add(new Recomputation(rollup.table(), columns, "select " + keyExpressions
                    + ", sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers), sum(case when a.tariff_category = '"
                    + AttendanceRollup.FREE_TARIFF + "' then a.tickets else 0 end), count(*) "
                    + "from attendance_fact a join performance_fact p "
                    + "on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id "
                    + "group by " + keyExpressions));
        }
        List<String> columns = new ArrayList<>(AttendanceRollup.BASE_KEY);
        columns.addAll(AttendanceRollup.PERFORMANCE_MEASURES);
        String key = String.join(", ", AttendanceRollup.BASE_KEY);
        out.add(new Recomputation(AttendanceRollup.PERFORMANCE_TABLE, columns,
                "select " + key + ", count(*), sum(capacity) from performance_fact group by " + key));
        return out;
    }

    private static void differences(Connection c, String what, String sql, List<String> columns, List<String> out)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(MAX_DIFFERENCES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.append(i == 1 ? "" : ", ").append(columns.get(i - 1)).append('=').append(rs.getString(i));
                    }
                    out.add(what + " [" + row + "]");
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
