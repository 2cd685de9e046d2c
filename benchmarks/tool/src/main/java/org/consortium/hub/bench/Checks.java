package org.consortium.hub.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * After a run (and after every fault): exactly the expected records, each once; facts and
 * rollups equal to a recomputation (the SQL of the hub's RollupCheck, as EXCEPT in both
 * directions); and the rollup totals equal to the totals of the generated corpus, so that a
 * record counted twice in both the facts' view and the rollups would still be caught.
 */
final class Checks {

    private Checks() {
    }

    /**
     * The hub's rollup tables and the audience columns each keeps (hub-service's
     * ingestion.AttendanceRollup; the benchmark tool does not depend on the hub's jar).
     */
    static final Map<String, List<String>> ATTENDANCE_ROLLUPS = new LinkedHashMap<>();

    static {
        ATTENDANCE_ROLLUPS.put("attendance_by_venue_month", List.of());
        ATTENDANCE_ROLLUPS.put("attendance_by_tariff", List.of("tariff_category"));
        ATTENDANCE_ROLLUPS.put("attendance_by_age_band", List.of("age_band"));
        ATTENDANCE_ROLLUPS.put("attendance_by_buyer_department", List.of("buyer_department"));
    }

    static final String BASE_KEY = "dataset_id, venue_org, period_month, genre, production_id";
    static final String MEASURES = "tickets, revenue_cents, first_time_buyers, free_tickets, lines";

    static String columns(String table) {
        List<String> audience = ATTENDANCE_ROLLUPS.get(table);
        return table.equals("performance_rollup") ? BASE_KEY + ", performances, capacity"
                : BASE_KEY + (audience.isEmpty() ? "" : ", " + String.join(", ", audience)) + ", " + MEASURES;
    }

    /** The GROUP BY of the facts that a rollup table must equal. */
    static String recomputed(String table) {
        if (table.equals("performance_rollup")) {
            return "select " + BASE_KEY + ", count(*), sum(capacity) from performance_fact group by " + BASE_KEY;
        }
        String key = "p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id"
                + ATTENDANCE_ROLLUPS.get(table).stream().map(a -> ", a." + a).collect(Collectors.joining());
        return "select " + key + ", sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers), "
                + "sum(case when a.tariff_category = 'free-exempt' then a.tickets else 0 end), count(*) "
                + "from attendance_fact a join performance_fact p "
                + "on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id group by " + key;
    }

    static List<String> rollupTables() {
        List<String> tables = new ArrayList<>(ATTENDANCE_ROLLUPS.keySet());
        tables.add("performance_rollup");
        return tables;
    }

    static int check(Bench.Options o) throws Exception {
        Corpus corpus = o.corpus();
        long lines = o.getLong("lines", 1_000_000);
        long tickets = 0;
        long revenue = 0;
        long firstTime = 0;
        for (long n = 0; n < lines; n++) {
            Corpus.Line l = corpus.line(n);
            tickets += l.tickets();
            revenue += l.revenueCents();
            firstTime += l.firstTimeBuyers();
        }
        List<String> failures = new ArrayList<>();
        try (Connection c = Setup.connect(o); Statement s = c.createStatement()) {
            long records = Setup.count(c, "select count(*) from contributed_record where record_type = 'attendance' "
                    + "and dataset_id like 'bench-v%'");
            long distinct = Setup.count(c, "select count(distinct (dataset_id, record_id)) from contributed_record "
                    + "where record_type = 'attendance' and dataset_id like 'bench-v%'");
            long facts = Setup.count(c, "select count(*) from attendance_fact where dataset_id like 'bench-v%'");
            long rolled = Setup.count(c, "select count(*) from attendance_fact where rolled and dataset_id like 'bench-v%'");
            long performances = Setup.count(c, "select count(*) from performance_fact where dataset_id like 'bench-v%'");
            expect(failures, "attendance records stored", records, lines);
            expect(failures, "distinct attendance records", distinct, lines);
            expect(failures, "attendance facts", facts, lines);
            expect(failures, "attendance facts counted in rollups", rolled, lines);
            expect(failures, "performances", performances, corpus.performanceCount());
            for (String table : rollupTables()) {
                String stored = "select " + columns(table) + " from " + table;
                long bad = Setup.count(c, "select count(*) from ((" + stored + " except " + recomputed(table)
                        + ") union all (" + recomputed(table) + " except " + stored + ")) d");
                expect(failures, table + " rows differing from recomputation", bad, 0);
            }
            try (ResultSet rs = s.executeQuery("select coalesce(sum(lines),0), coalesce(sum(tickets),0), "
                    + "coalesce(sum(revenue_cents),0), coalesce(sum(first_time_buyers),0) from attendance_by_venue_month "
                    + "where dataset_id like 'bench-v%'")) {
                rs.next();
                expect(failures, "rollup lines", rs.getLong(1), lines);
                expect(failures, "rollup tickets", rs.getLong(2), tickets);
                expect(failures, "rollup revenue cents", rs.getLong(3), revenue);
                expect(failures, "rollup first-time buyers", rs.getLong(4), firstTime);
            }
            long refused = Setup.count(c, "select coalesce(sum(rejected_at_ingestion), 0) from receipt");
            expect(failures, "records refused at ingestion", refused, 0);
        }
        if (failures.isEmpty()) {
            Bench.log("check: PASS: %,d distinct attendance records, each once; rollups equal recomputation and the "
                    + "corpus totals (tickets %,d, revenue %,d cents)", lines, tickets, revenue);
            Bench.result("check", "status=PASS records=%d", lines);
            return 0;
        }
        for (String f : failures) {
            Bench.log("check: FAIL: %s", f);
        }
        Bench.result("check", "status=FAIL failures=%d", failures.size());
        return 1;
    }

    private static void expect(List<String> failures, String what, long actual, long expected) {
        Bench.log("check: %-55s %,14d (expected %,d)%s", what, actual, expected, actual == expected ? "" : "  <-- WRONG");
        if (actual != expected) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }
}
