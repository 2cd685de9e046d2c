package org.consortium.hub.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The failures venues met with realistic exports, through the contribution API on the running
 * hub: a correction at the same version, one performance's figures from two export layouts,
 * an impossible occupancy, a capacity of zero, and per-line revenues whose sums would overflow.
 * Runs in the embedded mode and again on PostgreSQL + Kafka.
 */
@QuarkusTest
class TrustworthyFiguresTest {

    static final String DATASET = ContributionPipelineTest.DATASET;
    static final String ORG = ContributionPipelineTest.ORG;

    @Inject
    AgroalDataSource dataSource;

    private String run;

    @BeforeEach
    void uniquePrefix() {
        run = "tf-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String perf(String id, int version, int capacity) {
        return Envelopes.performance(DATASET, ORG, run + "-" + id, version, "2026-05-12T20:00:00+02:00", "theatre",
                capacity);
    }

    /** A summary line: no department, no age band. */
    private String total(String id, int version, String perf, String tariff, int tickets, long revenue) {
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"attendance","recordId":"%s","version":%d,
                 "schemaVersion":"1.0","payload":{"performanceRecordId":"%s","tariffCategory":"%s","tickets":%d,
                 "revenueCents":%d}}""".formatted(DATASET, ORG, run + "-" + id, version, run + "-" + perf, tariff,
                tickets, revenue);
    }

    /** Sends a batch, waits until the hub has handled every record, returns the receipt. */
    private JsonPath sendAndWait(String... envelopes) {
        String id = ContributionPipelineTest.send(Envelopes.array(envelopes), null).statusCode(202)
                .extract().path("id");
        ContributionPipelineTest.awaitComplete(id);
        return ContributionPipelineTest.contributor().when().get("/api/v1/receipts/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private long storedTickets(String perf) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select coalesce(sum(tickets), 0) from attendance_fact where dataset_id = ? and performance_record_id = ?")) {
            ps.setString(1, DATASET);
            ps.setString(2, run + "-" + perf);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aCorrectionAtTheSameVersionIsRefusedAndAResendIsReportedUnchanged() throws Exception {
        JsonPath first = sendAndWait(perf("p", 1, 400), total("full", 1, "p", "full", 120, 360_000));
        assertThat(first.getInt("stored")).isEqualTo(2);
        assertThat(first.getInt("unchanged")).isZero();

        // corrected figures, version not raised: refused, not stored, the old figures stay
        JsonPath correction = sendAndWait(total("full", 1, "p", "full", 150, 450_000));
        assertThat(correction.getInt("stored")).isZero();
        assertThat(correction.getList("rejected")).hasSize(1);
        assertThat(correction.getString("rejected[0].stage")).isEqualTo("INGESTION");
        assertThat(correction.getString("rejected[0].reasons[0]")).contains("already stored at version 1",
                "raise the version", "--record-version 2");
        assertThat(storedTickets("p")).isEqualTo(120);

        // the same content again: a no-op, reported as such
        JsonPath resend = sendAndWait(total("full", 1, "p", "full", 120, 360_000));
        assertThat(resend.getInt("stored")).isEqualTo(1);
        assertThat(resend.getInt("unchanged")).isEqualTo(1);
        assertThat(resend.getList("rejected")).isEmpty();

        // with the version raised, the correction lands
        JsonPath raised = sendAndWait(total("full", 2, "p", "full", 150, 450_000));
        assertThat(raised.getInt("stored")).isEqualTo(1);
        assertThat(raised.getInt("unchanged")).isZero();
        assertThat(storedTickets("p")).isEqualTo(150);
    }

    @Test
    void onePerformanceFromTwoExportLayoutsIsRefusedNotCountedTwice() throws Exception {
        // the box-office summary: one total line per tariff
        sendAndWait(perf("p", 1, 650), total("p-full", 1, "p", "full", 312, 936_000));
        // the ticket lines of the same performance, summed by department and age band
        JsonPath lines = sendAndWait(Envelopes.attendance(DATASET, ORG, run + "-p-full-59-35-49", 1, run + "-p",
                "full", 2, 4400, "59", 0));
        assertThat(lines.getList("rejected")).hasSize(1);
        assertThat(lines.getString("rejected[0].reasons[0]")).contains("another export layout",
                "one set of figures", run + "-p-full");
        // ticket lines without any breakdown: the same cell as the summary's line
        JsonPath plain = sendAndWait(total("p-full-na-na", 1, "p", "full", 24, 52_800));
        assertThat(plain.getString("rejected[0].reasons[0]")).contains("already has its figures in record '"
                + run + "-p-full'");
        assertThat(storedTickets("p")).isEqualTo(312);

        // within one batch, too
        JsonPath both = sendAndWait(perf("q", 1, 650), total("q-full", 1, "q", "full", 100, 300_000),
                Envelopes.attendance(DATASET, ORG, run + "-q-full-59-35-49", 1, run + "-q", "full", 2, 4400, "59", 0));
        assertThat(both.getInt("stored")).isEqualTo(2);
        assertThat(both.getList("rejected")).hasSize(1);
        assertThat(storedTickets("q")).isEqualTo(100);
    }

    @Test
    // Embedded only for now: over Kafka, a performance and its lines travel on two topics and
    // may be applied in two transactions side by side, so a line can be stored before the hall
    // capacity it should be checked against; that gap is known and not yet closed.
    @Tag("embedded-only")
    void anImpossibleOccupancyIsRefusedAndOneWithinTheToleranceIsFlagged() throws Exception {
        JsonPath impossible = sendAndWait(perf("small", 1, 180), total("small-full", 1, "small", "full", 9999, 99_990));
        assertThat(impossible.getInt("stored")).isEqualTo(1);
        assertThat(impossible.getString("rejected[0].reasons[0]")).contains("implausible",
                "9999 tickets for 180 seats");
        assertThat(storedTickets("small")).isZero();

        // 190 tickets for 180 seats: standing places, within the 10 % tolerance
        JsonPath full = sendAndWait(total("small-full", 2, "small", "full", 150, 300_000),
                total("small-reduced", 1, "small", "reduced", 40, 40_000));
        assertThat(full.getInt("stored")).isEqualTo(2);
        assertThat(full.getList("rejected")).isEmpty();
        assertThat(full.getList("flagged")).hasSize(1);
        assertThat(full.getString("flagged[0].reasons[0]")).contains("190 tickets for 180 seats", "tolerance");
        assertThat(storedTickets("small")).isEqualTo(190);
    }

    private static void tolerance(int percent) {
        io.restassured.RestAssured.given().auth().preemptive().basic("orgadmin", "orgadmin-pass")
                .contentType("application/json").body("{\"occupancyTolerancePercent\":" + percent + "}")
                .when().put("/api/v1/datasets/" + DATASET + "/plausibility")
                .then().statusCode(200).body("occupancyTolerancePercent", equalTo(percent));
    }

    @Test
    @Tag("embedded-only") // over Kafka a line may be applied before its performance: see above
    void theDatasetSetsItsTolerance() throws Exception {
        // 220 tickets for 180 seats: 22 % above capacity
        JsonPath strict = sendAndWait(perf("standing", 1, 180), total("standing-full", 1, "standing", "full", 220, 440_000));
        assertThat(strict.getString("rejected[0].reasons[0]")).contains("220 tickets for 180 seats", "10 %");
        try {
            tolerance(30);
            JsonPath standing = sendAndWait(total("standing-full", 1, "standing", "full", 220, 440_000));
            assertThat(standing.getList("rejected")).isEmpty();
            assertThat(standing.getString("flagged[0].reasons[0]")).contains("within the dataset's tolerance of 30 %");
            assertThat(storedTickets("standing")).isEqualTo(220);
        } finally {
            tolerance(10);
        }
        // only the owner's org-admin sets it, within bounds
        io.restassured.RestAssured.given().auth().preemptive().basic("contributor", "contributor-pass")
                .contentType("application/json").body("{\"occupancyTolerancePercent\":50}")
                .when().put("/api/v1/datasets/" + DATASET + "/plausibility")
                .then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().auth().preemptive().basic("orgadmin", "orgadmin-pass")
                .contentType("application/json").body("{\"occupancyTolerancePercent\":500}")
                .when().put("/api/v1/datasets/" + DATASET + "/plausibility")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static final String TICKETS_MAPPING = """
            layout: ticket-lines
            organisation: theatre-du-nord
            performance:
              recordId: "{Séance}"
              columns: {production.title: Spectacle, genre: Genre, date: Date, venue.capacity: Jauge}
              defaults: {youngAudience: "non", coProduction: "non"}
            tickets: {tariff: Tarif, price: Prix, quantity: Qté, buyerId: Client}
            attendance:
              recordId: "{performance}-{tariff}-{department}-{ageBand}"
            tariffs: {Plein: full}
            genres: {Théâtre: theatre}
            """;

    /** One buyer in two files, two months, then both files resent as a correction. */
    @Test
    void firstTimeBuyersStayTheSameAcrossFilesMonthsAndResends(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        String header = "Séance;Spectacle;Genre;Date;Jauge;Tarif;Qté;Prix;Client\n";
        String march = header
                + run + "-m1;Hamlet;Théâtre;14/03/2026;400;Plein;2;20.00;C1\n"
                + run + "-m2;Hamlet;Théâtre;21/03/2026;400;Plein;1;20.00;C1\n"
                + run + "-m2;Hamlet;Théâtre;21/03/2026;400;Plein;1;20.00;C2\n";
        String april = header
                + run + "-p1;Lear;Théâtre;04/04/2026;400;Plein;3;20.00;C1\n"
                + run + "-p1;Lear;Théâtre;04/04/2026;400;Plein;1;20.00;C3\n";
        java.util.Map<String, Long> expected = java.util.Map.of(run + "-m1", 2L, run + "-m2", 2L, run + "-p1", 1L);

        upload(march, 1, tmp);
        upload(april, 1, tmp);
        assertThat(firstTimeBuyers()).isEqualTo(expected);
        // corrected figures resent, both files, at a higher version: the first-time counts hold
        upload(march, 2, tmp);
        upload(april, 2, tmp);
        assertThat(firstTimeBuyers()).isEqualTo(expected);
    }

    private void upload(String csv, int version, java.nio.file.Path home) throws Exception {
        org.consortium.hub.sdk.csv.MappingFile mapping = org.consortium.hub.sdk.csv.MappingFile.read(
                new java.io.ByteArrayInputStream(TICKETS_MAPPING.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t");
        org.consortium.hub.sdk.csv.FirstTimeBuyers buyers = org.consortium.hub.sdk.csv.FirstTimeBuyers.open(
                home.resolve("history.txt"), new org.consortium.hub.sdk.contract.Pseudonymiser(new byte[32]));
        java.util.List<org.consortium.hub.sdk.contract.Envelope> records = new java.util.ArrayList<>();
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.consortium.hub.sdk.csv.ImportReport report = new org.consortium.hub.sdk.csv.CsvImporter(mapping,
                new org.consortium.hub.sdk.csv.ImportSettings(DATASET, null, version, buyers),
                new org.consortium.hub.sdk.contract.ContractValidator())
                .run(new java.io.ByteArrayInputStream(bytes), bytes.length, records::add,
                        org.consortium.hub.sdk.csv.ImportListener.NONE);
        assertThat(report.refused()).isEmpty();
        JsonPath receipt = sendAndWait(records.stream().map(e -> e.toJson().toString())
                .toArray(String[]::new));
        assertThat(receipt.getList("rejected")).isEmpty();
        buyers.commit();
    }

    private java.util.Map<String, Long> firstTimeBuyers() throws Exception {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select performance_record_id, sum(first_time_buyers) from attendance_fact "
                        + "where dataset_id = ? and performance_record_id like ? group by performance_record_id")) {
            ps.setString(1, DATASET);
            ps.setString(2, run + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    @Test
    void aHallOfNoSeatsAndRevenuesBeyondAnyPriceAreRefusedAtTheDoor() {
        ContributionPipelineTest.send(Envelopes.array(perf("empty", 1, 0),
                        total("huge", 1, "empty", "full", 1, 9_007_199_254_740_991L)), null)
                .statusCode(202)
                .body("accepted", equalTo(0))
                .body("rejected", hasSize(2))
                .body("rejected[0].reasons[0]", containsString("capacity 0"))
                .body("rejected[1].reasons[0]", containsString("average price"));
    }
}
