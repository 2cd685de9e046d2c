package org.consortium.hub.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The data-quality report of a dataset: what it shows, and to whom. */
@QuarkusTest
class DataQualityReportTest {

    static final String DATASET = ContributionPipelineTest.DATASET;
    static final String ORG = ContributionPipelineTest.ORG;

    private static JsonPath report(String user) {
        return given().auth().preemptive().basic(user, user + "-pass")
                .when().get("/api/v1/datasets/" + DATASET + "/quality")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long refusalsOf(JsonPath report, String reason) {
        List<Map<String, Object>> refusals = report.getList("refusals");
        return refusals.stream().filter(r -> r.get("reason").toString().contains(reason))
                .mapToLong(r -> ((Number) r.get("count")).longValue()).sum();
    }

    private static void sendAndWait(String... envelopes) {
        String id = ContributionPipelineTest.send(Envelopes.array(envelopes), null).statusCode(202)
                .extract().path("id");
        ContributionPipelineTest.awaitComplete(id);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    // Embedded only for now: its flagged line needs the hall capacity, which over Kafka a line
    // may not see yet (a performance and its lines travel on two topics); a known gap.
    @org.junit.jupiter.api.Tag("embedded-only")
    void showsMonthsPerformancesWithoutLinesFlagsAndRefusalsByReason() {
        String run = "dq-" + UUID.randomUUID().toString().substring(0, 8);
        // the report counts the whole dataset: wait until no other record is on its way
        org.consortium.hub.hostile.HubCounts.awaitQuiet(dataSource);
        JsonPath before = report("contributor");

        sendAndWait(
                Envelopes.performance(DATASET, ORG, run + "-bare", 1, "2036-02-12T20:00:00+02:00", "dance", 300),
                Envelopes.performance(DATASET, ORG, run + "-zero", 1, "2036-02-13T20:00:00+02:00", "dance", 0),
                Envelopes.performance(DATASET, ORG, run + "-full", 1, "2036-04-14T20:00:00+02:00", "dance", 100),
                Envelopes.attendance(DATASET, ORG, run + "-full-a", 1, run + "-full", "full", 105, 210_000, "59", 0));

        JsonPath after = report("contributor");
        assertThat(after.getList("monthsCovered", String.class)).contains("2036-02", "2036-04")
                .doesNotContain("2036-03");
        assertThat(after.getLong("performances") - before.getLong("performances")).isEqualTo(2);
        assertThat(after.getLong("performancesWithoutAttendance") - before.getLong("performancesWithoutAttendance"))
                .isEqualTo(1);
        assertThat(after.getLong("recordsFlagged") - before.getLong("recordsFlagged")).isEqualTo(1);
        assertThat(refusalsOf(after, "capacity N") - refusalsOf(before, "capacity N")).isEqualTo(1);
        assertThat(after.getString("lastContribution")).isNotNull();

        // the committee reads it too; another member's analyst does not
        assertThat(report("committee").getString("datasetId")).isEqualTo(DATASET);
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/datasets/" + DATASET + "/quality")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
