package org.consortium.hub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the benchmark consortium into the bench database, after the hub created its schema and
 * the demo consortium (HUB_DEMO_SEED=true) on a first start. Each bench venue is a copy of the
 * demo member {@code theatre-du-nord} (status member, kind venue) with its own region and
 * department, and owns one approved attendance dataset that is a copy of
 * {@code theatre-du-nord-billetterie}: same licence, same initial decision, and its policy
 * version 1 is the same document with the dataset id replaced. Idempotent.
 */
final class Setup {

    static final String TEMPLATE_ORG = "theatre-du-nord";
    static final String TEMPLATE_DATASET = "theatre-du-nord-billetterie";

    private Setup() {
    }

    static Connection connect(Bench.Options o) throws SQLException {
        return DriverManager.getConnection(o.dbUrl(), o.dbUser(), o.dbPassword());
    }

    static int seed(Bench.Options o) throws SQLException {
        Corpus corpus = o.corpus();
        try (Connection c = connect(o)) {
            c.setAutoCommit(false);
            if (count(c, "select count(*) from dataset where id = '" + TEMPLATE_DATASET + "'") == 0) {
                System.err.println("The template dataset " + TEMPLATE_DATASET + " is missing: start the hub once on "
                        + o.dbUrl() + " with HUB_DEMO_SEED=true first.");
                return 1;
            }
            int added = 0;
            for (int v = 0; v < corpus.venues; v++) {
                String org = Corpus.venueId(v);
                String dataset = Corpus.datasetId(v);
                if (count(c, "select count(*) from organisation where id = '" + org + "'") > 0) {
                    continue;
                }
                String[] region = Corpus.region(v);
                try (PreparedStatement ps = c.prepareStatement("insert into organisation (id, legal_name, kind, college, "
                        + "region_code, department_code, siret, contact_email, status, created_at) select ?, ?, kind, "
                        + "college, ?, ?, null, null, status, created_at from organisation where id = ?")) {
                    ps.setString(1, org);
                    ps.setString(2, "Scène de banc d'essai n°" + v);
                    ps.setString(3, region[0]);
                    ps.setString(4, Corpus.department(v));
                    ps.setString(5, TEMPLATE_ORG);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into dataset (id, owner_org_id, kind, title, "
                        + "description, schema_version, licence, status, created_at, approved_at, "
                        + "approved_by_decision_seq) select ?, ?, kind, ?, description, schema_version, licence, status, "
                        + "created_at, approved_at, approved_by_decision_seq from dataset where id = ?")) {
                    ps.setString(1, dataset);
                    ps.setString(2, org);
                    ps.setString(3, "Billetterie " + org);
                    ps.setString(4, TEMPLATE_DATASET);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into dataset_policy_version (dataset_id, version, "
                        + "document, replaces_version, status, motion_id, adopted_by_decision_seq, adopted_at, proposed_by, "
                        + "proposed_at) select ?, version, replace(document, ?, ?), replaces_version, status, motion_id, "
                        + "adopted_by_decision_seq, adopted_at, 'benchmark-seed', proposed_at from dataset_policy_version "
                        + "where dataset_id = ?")) {
                    ps.setString(1, dataset);
                    ps.setString(2, "\"" + TEMPLATE_DATASET + "\"");
                    ps.setString(3, "\"" + dataset + "\"");
                    ps.setString(4, TEMPLATE_DATASET);
                    ps.executeUpdate();
                }
                added++;
            }
            c.commit();
            Bench.log("seed: %d bench venues with approved datasets added (%d wanted, %d already there)", added,
                    corpus.venues, corpus.venues - added);
            Bench.result("seed", "added=%d", added);
        }
        return 0;
    }

    /** Empties everything ingestion wrote, so that a run starts from zero records. */
    static int reset(Bench.Options o) throws SQLException {
        try (Connection c = connect(o); Statement s = c.createStatement()) {
            s.execute("truncate contributed_record, performance_fact, attendance_fact, "
                    + "attendance_by_venue_month, attendance_by_tariff, attendance_by_age_band, "
                    + "attendance_by_buyer_department, performance_rollup, consumer_offset, receipt_rejection, receipt, released_cell, "
                    + "identifier_flag, production_sighting, performance_identifier, identifier_key, hub_production, "
                    + "hub_work cascade");
            s.execute("drop table if exists bench_copy_attendance");
            s.execute("drop table if exists bench_peer_attendance");
            s.execute("create table bench_copy_attendance (like attendance_fact including all)");
            s.execute("create table bench_peer_attendance (like attendance_fact including all)");
            s.execute("alter table bench_peer_attendance drop column rolled");
        }
        Bench.log("reset: ingestion tables emptied, bench_copy_attendance and bench_peer_attendance recreated");
        return 0;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
