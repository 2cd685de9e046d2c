package org.consortium.hub.hostile;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * What hostile input must not change: stored records, facts, rollup sums and shared
 * identifiers, counted over the whole database.
 */
public record HubCounts(Map<String, Long> values) {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static final List<String> ATTENDANCE_ROLLUPS = List.of("attendance_by_venue_month", "attendance_by_tariff",
            "attendance_by_age_band", "attendance_by_buyer_department");

    static {
        QUERIES.put("contributed records", "select count(*) from contributed_record");
        QUERIES.put("performance facts", "select count(*) from performance_fact");
        QUERIES.put("attendance facts", "select count(*) from attendance_fact");
        // Every grain of the attendance rollups.
        for (String rollup : ATTENDANCE_ROLLUPS) {
            for (String sum : new String[] {"lines", "tickets", "revenue_cents", "first_time_buyers"}) {
                QUERIES.put(rollup + " " + sum, "select coalesce(sum(" + sum + "), 0) from " + rollup);
            }
        }
        QUERIES.put("performance rollup performances", "select coalesce(sum(performances), 0) from performance_rollup");
        QUERIES.put("performance rollup capacity", "select coalesce(sum(capacity), 0) from performance_rollup");
        QUERIES.put("works", "select count(*) from hub_work");
        QUERIES.put("productions", "select count(*) from hub_production");
        QUERIES.put("identifier keys", "select count(*) from identifier_key");
        QUERIES.put("performance identifiers", "select count(*) from performance_identifier");
    }

    /** Receipts whose accepted records are not all applied or refused yet. */
    private static final String PENDING_RECEIPTS =
            "select count(*) from receipt where accepted > stored + rejected_at_ingestion";

    public static HubCounts read(DataSource dataSource) {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                values.put(q.getKey(), single(s, q.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new HubCounts(values);
    }

    /**
     * Waits until ingestion is idle: no receipt pending, and the counts unchanged over a
     * second. Earlier tests in the same run may still have records on their way.
     */
    public static HubCounts awaitQuiet(DataSource dataSource) {
        AtomicReference<HubCounts> last = new AtomicReference<>(read(dataSource));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HubCounts now = read(dataSource);
            boolean quiet = pending(dataSource) == 0 && now.equals(last.get());
            last.set(now);
            return quiet;
        });
        return last.get();
    }

    private static long pending(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return single(s, PENDING_RECEIPTS);
        }
    }

    /** This minus {@code before}, field by field. */
    public Map<String, Long> minus(HubCounts before) {
        Map<String, Long> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v - before.values.get(k)));
        return out;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
