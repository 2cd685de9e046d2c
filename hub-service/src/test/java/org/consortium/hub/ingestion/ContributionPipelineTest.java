package org.consortium.hub.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contribution path end to end: API, broker (in-process or Kafka), consumer, records,
 * facts, rollups and receipts. Runs in the embedded mode and again on PostgreSQL + Kafka.
 */
@QuarkusTest
class ContributionPipelineTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";

    /** 99 departments of the contract: 01 to 95 without 20, Corsica's two, and four overseas. */
    static final List<String> DEPARTMENTS = java.util.stream.Stream.concat(
            java.util.stream.IntStream.rangeClosed(1, 95).filter(d -> d != 20).mapToObj("%02d"::formatted),
            java.util.stream.Stream.of("2A", "2B", "971", "972", "973", "974")).toList();

    @Inject
    AgroalDataSource dataSource;

    private String run;

    @BeforeEach
    void uniquePrefix() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification contributor() {
        return given().auth().preemptive().basic("contributor", "contributor-pass");
    }

    static ValidatableResponse send(String body, String idempotencyKey) {
        RequestSpecification request = contributor().contentType("application/json").body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/datasets/" + DATASET + "/contributions").then();
    }

    static void awaitComplete(String receiptId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                contributor().when().get("/api/v1/receipts/" + receiptId)
                        .then().statusCode(200).body("status", equalTo("COMPLETE")));
    }

    private String perf(String id, int version, String start, String genre, int capacity) {
        return Envelopes.performance(DATASET, ORG, run + "-" + id, version, start, genre, capacity);
    }

    private String line(String id, int version, String perf, String tariff, int tickets, long revenue) {
        return Envelopes.attendance(DATASET, ORG, run + "-" + id, version, run + "-" + perf, tariff, tickets, revenue,
                "59", 1);
    }

    /** Tickets in the rollups for this run's performances in March 2026, from the database. */
    private long rolledTickets(String genre) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select coalesce(sum(a.tickets), 0) from attendance_fact a join performance_fact p "
                        + "on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id "
                        + "where a.dataset_id = ? and a.record_id like ? and p.genre = ?")) {
            ps.setString(1, DATASET);
            ps.setString(2, run + "-%");
            ps.setString(3, genre);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void assertRollupsConsistent() {
        given().auth().preemptive().basic("admin", "admin-pass")
                .when().get("/api/v1/admin/rollups/check")
                .then().statusCode(200)
                .body("consistent", equalTo(true))
                .body("differences", hasSize(0));
    }

    @Test
    void aBatchLandsOnceWithItsRejectionsReportedByIndex() throws Exception {
        String body = Envelopes.array(
                perf("p1", 1, "2026-03-14T20:30:00+01:00", "dance", 500),
                line("a1", 1, "p1", "full", 120, 300000),
                line("a2", 1, "p1", "reduced", 30, 45000),
                // index 3: a full postcode instead of a department, refused by the contract
                line("a3", 1, "p1", "full", 5, 1000).replace("\"buyerDepartment\":\"59\"", "\"buyerDepartment\":\"59000\""),
                // index 4: another organisation's record
                Envelopes.attendance(DATASET, "opera-sud", run + "-a4", 1, run + "-p1", "full", 1, 100, "13", 0));
        String receiptId = send(body, null)
                .statusCode(202)
                .header("Location", containsString("/api/v1/receipts/"))
                .body("accepted", equalTo(3))
                .body("rejected", hasSize(2))
                .body("rejected.index", equalTo(List.of(3, 4)))
                .body("rejected[0].reasons[0]", containsString("buyerDepartment"))
                .body("rejected[1].reasons[0]", containsString("does not own dataset"))
                .extract().path("id");
        awaitComplete(receiptId);
        contributor().when().get("/api/v1/receipts/" + receiptId)
                .then().body("stored", equalTo(3)).body("pending", equalTo(0));
        assertThat(rolledTickets("dance")).isEqualTo(150);
        assertRollupsConsistent();
    }

    @Test
    void resendingReplayingOrSendingOlderVersionsChangesNothing() throws Exception {
        String body = Envelopes.array(
                perf("p1", 2, "2026-03-20T20:00:00+01:00", "opera", 800),
                line("a1", 2, "p1", "full", 200, 900000));
        String key = "batch-" + run;
        String first = send(body, key).statusCode(202).extract().path("id");
        awaitComplete(first);

        send(body, key).statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        send(body.replace("\"tickets\":200", "\"tickets\":201"), key).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already used for a different batch"));

        // Same records without a key, then older versions with other figures: no change.
        awaitComplete(send(body, null).statusCode(202).extract().path("id"));
        String older = Envelopes.array(
                perf("p1", 1, "2026-03-20T20:00:00+01:00", "circus", 800),
                line("a1", 1, "p1", "full", 999, 1));
        awaitComplete(send(older, null).statusCode(202).extract().path("id"));

        assertThat(rolledTickets("opera")).isEqualTo(200);
        assertThat(rolledTickets("circus")).isZero();
        assertRollupsConsistent();
    }

    @Test
    void lateStartChangedGenreAndDeletionKeepRollupsEqualToRecomputation() throws Exception {
        // The line arrives before its performance: stored, not yet counted.
        awaitComplete(send(Envelopes.array(line("a1", 1, "p1", "full", 40, 8000)), null)
                .statusCode(202).extract().path("id"));
        assertThat(rolledTickets("theatre")).isZero();
        assertRollupsConsistent();

        awaitComplete(send(Envelopes.array(perf("p1", 1, "2026-04-02T19:00:00+02:00", "theatre", 300)), null)
                .statusCode(202).extract().path("id"));
        assertThat(rolledTickets("theatre")).isEqualTo(40);

        // A new version of the performance moves its lines to another genre.
        awaitComplete(send(Envelopes.array(perf("p1", 2, "2026-04-02T19:00:00+02:00", "puppetry", 300)), null)
                .statusCode(202).extract().path("id"));
        assertThat(rolledTickets("theatre")).isZero();
        assertThat(rolledTickets("puppetry")).isEqualTo(40);
        assertRollupsConsistent();

        // Deleting the line removes it from every figure.
        awaitComplete(send(Envelopes.array(Envelopes.deletion(DATASET, ORG, "attendance", run + "-a1", 2)), null)
                .statusCode(202).extract().path("id"));
        assertThat(rolledTickets("puppetry")).isZero();
        assertRollupsConsistent();
    }

    @Test
    void ndjsonIsAccepted() {
        String body = perf("p1", 1, "2026-05-01T20:00:00+02:00", "music", 100) .replace("\n", " ") + "\n"
                + line("a1", 1, "p1", "group", 10, 1000).replace("\n", " ") + "\n";
        contributor().contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(2));
    }

    @Test
    void refusalsAreClearProblems() {
        // A proposed dataset takes no records.
        given().auth().preemptive().basic("contributor", "contributor-pass").contentType("application/json")
                .body("[]").when().post("/api/v1/datasets/festival-des-remparts-billetterie/contributions")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("belongs to another organisation"));
        // Another organisation's dataset.
        contributor().contentType("application/json").body("[]")
                .when().post("/api/v1/datasets/opera-sud-billetterie/contributions")
                .then().statusCode(403).contentType("application/problem+json");
        // An analyst may not contribute.
        given().auth().preemptive().basic("analyst", "analyst-pass").contentType("application/json").body("[]")
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().statusCode(403).body("detail", containsString("Only a contributor"));
        // Unknown dataset, malformed JSON, not an array.
        contributor().contentType("application/json").body("[]")
                .when().post("/api/v1/datasets/no-such-dataset/contributions")
                .then().statusCode(404);
        send("[{\"datasetId\": ", null).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON (line 1"));
        send("{\"not\": \"an array\"}", null).statusCode(400)
                .body("violations.field", hasItem("body"));
    }

    @Test
    void aBatchAtTheLimitIsAcceptedWhole() {
        // 10 000 records, the configured maximum: every one is written before the answer.
        // 100 performances of 650 seats, each with 99 lines of 1 ticket, one per buyers' department.
        StringBuilder body = new StringBuilder("[");
        for (int p = 0; p < 100; p++) {
            body.append(p == 0 ? "" : ",").append(perf("p" + p, 1, "2027-01-10T20:00:00+01:00", "theatre", 650));
            for (int d = 0; d < 99; d++) {
                body.append(',').append(Envelopes.attendance(DATASET, ORG, run + "-l" + p + "-" + d, 1,
                        run + "-p" + p, "full", 1, 100, DEPARTMENTS.get(d), 0));
            }
        }
        String id = send(body.append(']').toString(), null).statusCode(202)
                .body("accepted", equalTo(10_000)).extract().path("id");
        awaitComplete(id);
        contributor().when().get("/api/v1/receipts/" + id).then().body("stored", equalTo(10_000));
    }

    @Test
    void anOversizedBatchIs413() {
        String tiny = "{}";
        String body = "[" + String.join(",", java.util.Collections.nCopies(10_001, tiny)) + "]";
        send(body, null).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("detail", containsString("at most 10000 records"));
    }

    @Test
    void receiptsAreVisibleToTheirOrganisationOnly() {
        String id = send(Envelopes.array(perf("p1", 1, "2026-06-01T20:00:00+02:00", "circus", 50)), null)
                .statusCode(202).extract().path("id");
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/receipts/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("admin", "admin-pass")
                .when().get("/api/v1/receipts/" + id)
                .then().statusCode(200);
    }
}
