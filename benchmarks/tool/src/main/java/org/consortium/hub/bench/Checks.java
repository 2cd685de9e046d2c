package org.consortium.hub.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * After a run (and after every fault): exactly the expected records, each once; facts and
 * rollups equal to a recomputation (the SQL of the hub's RollupCheck, as EXCEPT in both
 * directions); and the rollup totals equal to the totals of the generated corpus, so that a
 * record counted twice in both the facts' view and the rollups would still be caught.
 */
final class Checks {

    private Checks() {
    }

    static final String RECOMPUTED_ATTENDANCE = "select p.dataset_id, p.venue_org, p.period_month, p.genre, "
            + "a.tariff_category, a.buyer_department, a.age_band, sum(a.tickets) tickets, sum(a.revenue_cents) revenue_cents, "
            + "sum(a.first_time_buyers) first_time_buyers, count(*) lines from attendance_fact a join performance_fact p "
            + "on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id "
            + "group by p.dataset_id, p.venue_org, p.period_month, p.genre, a.tariff_category, a.buyer_department, a.age_band";
    static final String STORED_ATTENDANCE = "select dataset_id, venue_org, period_month, genre, tariff_category, "
            + "buyer_department, age_band, tickets, revenue_cents, first_time_buyers, lines from attendance_rollup";
    static final String RECOMPUTED_PERFORMANCE = "select dataset_id, venue_org, period_month, genre, count(*), "
            + "sum(capacity) from performance_fact group by dataset_id, venue_org, period_month, genre";
    static final String STORED_PERFORMANCE = "select dataset_id, venue_org, period_month, genre, performances, capacity "
            + "from performance_rollup";

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
            long badAttendance = Setup.count(c, "select count(*) from ((" + STORED_ATTENDANCE + " except "
                    + RECOMPUTED_ATTENDANCE + ") union all (" + RECOMPUTED_ATTENDANCE + " except " + STORED_ATTENDANCE
                    + ")) d");
            long badPerformance = Setup.count(c, "select count(*) from ((" + STORED_PERFORMANCE + " except "
                    + RECOMPUTED_PERFORMANCE + ") union all (" + RECOMPUTED_PERFORMANCE + " except "
                    + STORED_PERFORMANCE + ")) d");
            expect(failures, "attendance_rollup rows differing from recomputation", badAttendance, 0);
            expect(failures, "performance_rollup rows differing from recomputation", badPerformance, 0);
            try (ResultSet rs = s.executeQuery("select coalesce(sum(lines),0), coalesce(sum(tickets),0), "
                    + "coalesce(sum(revenue_cents),0), coalesce(sum(first_time_buyers),0) from attendance_rollup "
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
