package org.consortium.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The indicators benchmark. {@code bulk-load} writes N attendance lines straight into the facts
 * (COPY) and builds the rollups with the same GROUP BY the hub's rollup check uses, so the
 * tables are exactly what ingestion would have left, without waiting for it at 10 M lines.
 * {@code indicators} then times six dashboard requests through REST (policies, disclosure
 * control, access log) and the same questions as GROUP BY on the raw facts.
 */
final class Indicators {

    private Indicators() {
    }

    /** A dashboard request and the same question asked of the raw facts. */
    record Question(String name, String path, String rawSql) {
    }

    static final String RAW_FROM = " from attendance_fact a join performance_fact p on p.dataset_id = a.dataset_id "
            + "and p.record_id = a.performance_record_id join organisation o on o.id = p.venue_org ";

    static final List<Question> QUESTIONS = List.of(
            new Question("tickets by month", "/api/v1/indicators/tickets?groupBy=month&purpose=MARKETING&from=2024-01&to=2025-12",
                    "select to_char(p.period_month, 'YYYY-MM'), sum(a.tickets)" + RAW_FROM
                            + "where p.period_month between date '2024-01-01' and date '2025-12-01' group by 1 order by 1"),
            new Question("revenue by genre", "/api/v1/indicators/revenue?groupBy=genre&purpose=MARKETING",
                    "select p.genre, sum(a.revenue_cents)" + RAW_FROM + "group by 1 order by 1"),
            new Question("occupancy by quarter and genre",
                    "/api/v1/indicators/occupancy-rate?groupBy=quarter,genre&purpose=MARKETING&from=2024-01&to=2024-12",
                    "select q, g, sum(t)::float / nullif(sum(cap), 0) from (select date_trunc('quarter', p.period_month) q, "
                            + "p.genre g, (select coalesce(sum(a.tickets),0) from attendance_fact a where a.dataset_id = "
                            + "p.dataset_id and a.performance_record_id = p.record_id) t, p.capacity cap from performance_fact p "
                            + "where p.period_month between date '2024-01-01' and date '2024-12-01') x group by 1, 2"),
            new Question("audience by buyer department",
                    "/api/v1/indicators/audience-by-department?groupBy=buyer-department&purpose=MARKETING",
                    "select a.buyer_department, sum(a.tickets)" + RAW_FROM + "group by 1 order by 1"),
            new Question("audience by age band and region",
                    "/api/v1/indicators/audience-by-age-band?groupBy=age-band,region&purpose=MARKETING",
                    "select a.age_band, o.region_code, sum(a.tickets)" + RAW_FROM + "group by 1, 2"),
            new Question("first-time share by year, dance only",
                    "/api/v1/indicators/first-time-share?groupBy=year&purpose=MARKETING&genre=dance",
                    "select extract(year from p.period_month), sum(a.first_time_buyers)::float / nullif(sum(a.tickets), 0)"
                            + RAW_FROM + "where p.genre = 'dance' group by 1"));

    static int bulkLoad(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        long lines = o.getLong("lines", 10_000_000);
        try (Connection c = Setup.connect(o); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into performance_fact (dataset_id, record_id, venue_org, "
                    + "period_month, genre, capacity) values (?, ?, ?, cast(? as date), ?, ?)")) {
                for (int v = 0; v < corpus.venues; v++) {
                    for (int p = 0; p < corpus.performancesPerVenue; p++) {
                        ps.setString(1, Corpus.datasetId(v));
                        ps.setString(2, Corpus.performanceId(v, p));
                        ps.setString(3, Corpus.venueId(v));
                        ps.setString(4, corpus.performanceMonth(v, p) + "-01");
                        ps.setString(5, corpus.genre(v, p));
                        ps.setInt(6, corpus.capacity(v, p));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            Bench.log("bulk-load: %d performances", corpus.performanceCount());
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy attendance_fact (dataset_id, record_id, "
                    + "performance_record_id, tariff_category, buyer_department, age_band, tickets, revenue_cents, "
                    + "first_time_buyers, rolled) from stdin");
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (long n = 0; n < lines; n++) {
                Corpus.copyRow(corpus.line(n), chunk);
                if (chunk.length() > (1 << 20) - 512) {
                    byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(b, 0, b.length);
                    chunk.setLength(0);
                }
                if (n > 0 && n % 1_000_000 == 0) {
                    Bench.log("bulk-load: %,d attendance lines [%s]", n, Bench.load());
                }
            }
            byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(b, 0, b.length);
            copy.endCopy();
            Bench.log("bulk-load: %,d attendance lines copied; building rollups", lines);
            for (String table : Checks.rollupTables()) {
                s.execute("insert into " + table + " (" + Checks.columns(table) + ") " + Checks.recomputed(table));
                Bench.log("bulk-load: %s built [%s]", table, Bench.load());
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze performance_fact");
            s.execute("analyze attendance_fact");
            for (String table : Checks.rollupTables()) {
                s.execute("analyze " + table);
            }
            long venueMonthRows = Setup.count(c, "select count(*) from attendance_by_venue_month");
            long departmentRows = Setup.count(c, "select count(*) from attendance_by_buyer_department");
            Bench.result("bulk-load", "lines=%d venue_month_rows=%d buyer_department_rows=%d seconds=%.1f", lines,
                    venueMonthRows, departmentRows,
                    (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    static int run(Bench.Options o) throws Exception {
        String hub = o.get("hub", "http://127.0.0.1:18080");
        int repeat = o.getInt("repeat", 200);
        int rawRepeat = o.getInt("raw-repeat", 5);
        int warmup = o.getInt("warmup", 10);
        Http.Token token = new Http.Token(o, o.get("user", "analyst"));
        int failures = 0;
        double worstP95 = 0;
        for (Question q : QUESTIONS) {
            JsonNode answer = null;
            for (int i = 0; i < warmup; i++) {
                answer = get(hub, q.path(), token);
            }
            long[] lat = new long[repeat];
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                answer = get(hub, q.path(), token);
                lat[i] = System.nanoTime() - t0;
            }
            if (answer == null || !answer.has("cells")) {
                Bench.log("indicators: %s: unexpected answer %s", q.name(), answer);
                failures++;
                continue;
            }
            int cells = 0;
            int suppressed = 0;
            for (JsonNode cell : answer.get("cells")) {
                cells++;
                if (!cell.has("value")) {
                    suppressed++;
                }
            }
            double[] p = Http.percentiles(lat);
            worstP95 = Math.max(worstP95, p[1]);
            Bench.result("indicators-rest", "question=\"%s\" n=%d cells=%d withheld=%d datasets=%d p50_ms=%.1f p95_ms=%.1f "
                            + "p99_ms=%.1f max_ms=%.1f", q.name(), repeat, cells, suppressed,
                    answer.path("provenance").path("datasets").size(), p[0], p[1], p[2], p[3]);
            try (Connection c = Setup.connect(o); Statement s = c.createStatement()) {
                long[] raw = new long[rawRepeat];
                Map<String, String> rows = new HashMap<>();
                for (int i = 0; i < rawRepeat; i++) {
                    long t0 = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(q.rawSql())) {
                        rows.clear();
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder key = new StringBuilder();
                            for (int k = 1; k < columns; k++) {
                                key.append(k > 1 ? "," : "").append(rs.getString(k));
                            }
                            rows.put(key.toString(), rs.getString(columns));
                        }
                    }
                    raw[i] = System.nanoTime() - t0;
                }
                double[] r = Http.percentiles(raw);
                Bench.result("indicators-raw", "question=\"%s\" n=%d groups=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f",
                        q.name(), rawRepeat, rows.size(), r[0], r[1], r[2]);
                if (q.name().equals("tickets by month")) {
                    failures += compareMonths(answer, rows);
                }
            }
        }
        Bench.result("indicators", "worst_p95_ms=%.1f target_p95_ms=50 %s", worstP95, worstP95 <= 50 ? "MET" : "MISSED");
        return failures == 0 ? 0 : 1;
    }

    /** Published monthly ticket cells must equal the raw GROUP BY (all bench datasets are visible to members). */
    private static int compareMonths(JsonNode answer, Map<String, String> raw) {
        int compared = 0;
        int differ = 0;
        for (JsonNode cell : answer.get("cells")) {
            if (cell.path("total").asBoolean() || !cell.has("value")) {
                continue;
            }
            String month = cell.path("coordinates").path("month").asText();
            String expected = raw.get(month);
            compared++;
            if (expected == null || Long.parseLong(expected) != cell.get("value").asLong()) {
                differ++;
                Bench.log("indicators: tickets in %s: REST %s, raw GROUP BY %s", month, cell.get("value"), expected);
            }
        }
        Bench.log("indicators: tickets by month: %d published cells compared with the raw GROUP BY, %d differ", compared,
                differ);
        return differ == 0 && compared > 0 ? 0 : 1;
    }

    private static JsonNode get(String hub, String path, Http.Token token) throws Exception {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(hub + path))
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            Bench.log("indicators: GET %s -> %d %s", path, r.statusCode(), r.body());
            return null;
        }
        return Http.JSON.readTree(r.body());
    }
}
