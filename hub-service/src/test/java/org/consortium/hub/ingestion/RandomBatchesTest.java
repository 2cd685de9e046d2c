package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random batches of performances and attendance lines (new versions, stale and equal
 * versions, the same record several times in one batch, deletions, lines before their
 * performance, performances moving to another month) applied through the batch processor,
 * against a model that applies the same records one at a time by the contract's rule (a
 * higher version replaces, an equal or lower one is a no-op, and an equal one with other
 * figures is refused). On PostgreSQL the attendance
 * lines go through the bulk load, in the embedded mode record by record: both must leave the
 * model's facts, and rollups equal to the model's totals and to a recomputation.
 */
@QuarkusTest
class RandomBatchesTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";
    static final String[] TARIFFS = {"full", "reduced", "free-exempt", "pass-culture"};
    static final String[] GENRES = {"theatre", "dance", "opera"};

    @Inject
    RecordBatchProcessor processor;

    @Inject
    RollupCheck rollupCheck;

    @Inject
    AgroalDataSource dataSource;

    /** What the model keeps of a record: its version and its content, or null when deleted. */
    record Kept(int version, Map<String, Object> content) {
    }

    @Test
    void randomBatchesLeaveTheStateOfRecordByRecordApplication() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(20261128L);
        Map<String, Kept> model = new HashMap<>();
        int performances = 6;
        int lines = 60;
        for (int batchNo = 0; batchNo < 25; batchNo++) {
            List<IncomingRecord> batch = new ArrayList<>();
            int size = 1 + random.nextInt(50);
            for (int i = 0; i < size; i++) {
                String envelope = random.nextInt(6) == 0
                        ? performance(run, random, model, performances)
                        : line(run, random, model, lines, performances);
                batch.add(new IncomingRecord(envelope, null, i, null, -1, -1));
            }
            // Only corrections that kept their version are refused, and they change nothing.
            assertThat(processor.process(batch)).as("batch %d refusals", batchNo)
                    .allSatisfy(r -> assertThat(r.reasons()).singleElement().asString()
                            .startsWith("version: ").contains("a correction must raise the version"));
        }

        // Facts: exactly the model's live lines, with the model's counts.
        Map<String, Long> expectedLines = new TreeMap<>();
        model.forEach((key, kept) -> {
            if (key.startsWith("a") && kept.content() != null) {
                expectedLines.put(run + "-" + key, ((Number) kept.content().get("tickets")).longValue());
            }
        });
        assertThat(rows("select record_id, tickets from attendance_fact where record_id like ?", run + "-a%"))
                .isEqualTo(expectedLines);

        // Rollups: tickets per month of the live lines whose performance is live, from the model.
        Map<String, Long> expectedMonths = new TreeMap<>();
        model.forEach((key, kept) -> {
            if (key.startsWith("a") && kept.content() != null) {
                Kept p = model.get((String) kept.content().get("performance"));
                if (p != null && p.content() != null) {
                    expectedMonths.merge((String) p.content().get("month"), ((Number) kept.content().get("tickets"))
                            .longValue(), Long::sum);
                }
            }
        });
        for (AttendanceRollup rollup : AttendanceRollup.values()) {
            assertThat(rows("select cast(period_month as varchar(10)), sum(tickets) from " + rollup.table()
                    + " where production_id in (select production_id from performance_fact where record_id like ?) "
                    + "group by period_month", run + "-p%"))
                    .as(rollup.table()).isEqualTo(withDays(expectedMonths));
        }
        RollupCheck.Report report = rollupCheck.run();
        assertThat(report.differences()).isEmpty();
        assertThat(report.consistent()).isTrue();
    }

    private static Map<String, Long> withDays(Map<String, Long> byMonth) {
        Map<String, Long> out = new TreeMap<>();
        byMonth.forEach((month, tickets) -> out.put(month + "-01", tickets));
        return out;
    }

    /** A performance envelope at a random version; month and genre change between versions. */
    private static String performance(String run, Random random, Map<String, Kept> model, int count) {
        String key = "p" + random.nextInt(count);
        int version = nextVersion(random, model.get(key));
        String month = "2033-%02d".formatted(1 + random.nextInt(12));
        if (random.nextInt(8) == 0) {
            apply(model, key, version, null);
            return Envelopes.deletion(DATASET, ORG, "performance", run + "-" + key, version);
        }
        apply(model, key, version, Map.of("month", month));
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"performance","recordId":"%s-%s","version":%d,
                 "schemaVersion":"1.0","payload":{"production":{"title":"Random batches %s"},
                 "venue":{"hallName":"Studio","capacity":%d},"startDateTime":"%s-15T20:00:00+01:00","genre":"%s",
                 "youngAudience":false,"coProduction":false}}"""
                .formatted(DATASET, ORG, run, key, version, run, 5000 + random.nextInt(400), month,
                        GENRES[random.nextInt(GENRES.length)]);
    }

    /** An attendance envelope at a random version, for a random performance (maybe not yet sent). */
    private static String line(String run, Random random, Map<String, Kept> model, int count, int performances) {
        String key = "a" + random.nextInt(count);
        int version = nextVersion(random, model.get(key));
        if (random.nextInt(10) == 0) {
            apply(model, key, version, null);
            return Envelopes.deletion(DATASET, ORG, "attendance", run + "-" + key, version);
        }
        String performance = "p" + random.nextInt(performances);
        int tickets = 1 + random.nextInt(40);
        String tariff = TARIFFS[random.nextInt(TARIFFS.length)];
        apply(model, key, version, Map.of("performance", performance, "tickets", tickets));
        // Each line its own buyers' department: two lines never hold the same figures.
        String department = "%02d".formatted(21 + Integer.parseInt(key.substring(1)));
        return Envelopes.attendance(DATASET, ORG, run + "-" + key, version, run + "-" + performance, tariff, tickets,
                tariff.equals("free-exempt") ? 0 : tickets * 1500L, department, random.nextInt(tickets + 1));
    }

    /** Mostly a newer version; sometimes the same one or an older one, which must change nothing. */
    private static int nextVersion(Random random, Kept kept) {
        int current = kept == null ? 0 : kept.version();
        return switch (random.nextInt(5)) {
            case 0 -> Math.max(1, current);
            case 1 -> Math.max(1, current - 1);
            default -> current + 1;
        };
    }

    /** The contract's rule, one record at a time. */
    private static void apply(Map<String, Kept> model, String key, int version, Map<String, Object> content) {
        Kept kept = model.get(key);
        if (kept == null || version > kept.version()) {
            model.put(key, new Kept(version, content));
        }
    }

    private Map<String, Long> rows(String sql, String parameter) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
