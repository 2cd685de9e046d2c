package org.consortium.hub.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.consortium.hub.security.LocalAccount;
import org.consortium.hub.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, fault injection: the hostile corpus through the contribution API. Every input is
 * refused with a reason (a 202 receipt naming the record's index, or a problem+json answer
 * for a request unreadable as a whole), the hub stays ready, and nothing it holds changes.
 * Runs in the embedded pass and again on PostgreSQL + Kafka.
 */
@QuarkusTest
class HostileInputTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String ORG = "theatre-du-nord";
    /** Records per batch: many hostile records share a request, each refused by its index. */
    static final int BATCH = 100;

    @Inject
    AgroalDataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HostileCorpus corpus = new HostileCorpus(run, DATASET, ORG);
    /** A contributor for Théâtre du Nord of this test's own, see {@link #contributorAccount()}. */
    private final String contributor = "hostile-" + run;
    private final String password = contributor + "-pass";

    /**
     * A contributor account whose password is hashed at bcrypt's lowest cost: every one of the
     * hundreds of requests checks it, and the demo accounts' cost would spend seconds on that.
     */
    @BeforeEach
    void contributorAccount() {
        QuarkusTransaction.requiringNew().run(() -> {
            LocalAccount account = new LocalAccount();
            account.username = contributor;
            account.passwordHash = BcryptUtil.bcryptHash(password, 4);
            account.roles = Roles.CONTRIBUTOR;
            account.organisationId = ORG;
            account.persist();
        });
    }

    private RequestSpecification contributor() {
        return given().auth().preemptive().basic(contributor, password);
    }

    @Test
    void theCorpusHasEveryCategoryAndAtLeast500Inputs() {
        List<RecordCase> records = corpus.records();
        List<RequestCase> requests = corpus.requests();
        EnumSet<Category> seen = EnumSet.noneOf(Category.class);
        records.forEach(r -> seen.add(r.category()));
        requests.forEach(r -> seen.add(r.category()));
        // Duplicated ids are not refused: they are checked for not doubling anything, below.
        seen.add(Category.DUPLICATED_IDS);
        assertThat(seen).containsExactlyInAnyOrder(Category.values());
        assertThat(records.size() + requests.size()).as("hostile inputs sent to the API").isGreaterThanOrEqualTo(500);
        assertThat(records.stream().map(RecordCase::json).distinct().count()).as("distinct records")
                .isEqualTo(records.size());
    }

    @Test
    void everyHostileInputIsRefusedWithAReasonAndChangesNothing() {
        HubCounts before = HubCounts.awaitQuiet(dataSource);
        SoftAssertions softly = new SoftAssertions();

        List<RecordCase> records = corpus.records();
        for (int from = 0; from < records.size(); from += BATCH) {
            List<RecordCase> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            sendRefusedBatch(batch, softly);
        }
        for (RequestCase request : corpus.requests()) {
            RawRequests.Answer answer = RawRequests.post(request, contributor, password);
            softly.assertThat(answer.status()).as(request.name()).isEqualTo(request.status());
            softly.assertThat(answer.contentType()).as(request.name()).startsWith("application/problem+json");
            if (answer.contentType().startsWith("application/problem+json")) {
                softly.assertThat(JsonPath.from(answer.body()).getString("detail")).as(request.name()).isNotBlank();
            }
        }

        given().when().get("/q/health/ready").then().statusCode(200);
        softly.assertThat(HubCounts.read(dataSource).minus(before)).as("what changed")
                .allSatisfy((name, delta) -> assertThat(delta).as(name).isZero());
        assertRollupsConsistent();
        softly.assertAll();
    }

    /** One request of hostile records: all refused, each by its own index with a reason. */
    private void sendRefusedBatch(List<RecordCase> batch, SoftAssertions softly) {
        String body = batch.stream().map(RecordCase::json).collect(Collectors.joining(",", "[", "]"));
        var answer = contributor().contentType("application/json").body(body)
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().extract();
        String first = batch.get(0).name();
        softly.assertThat(answer.statusCode()).as("batch starting with " + first).isEqualTo(202);
        if (answer.statusCode() != 202) {
            softly.fail("batch starting with " + first + " answered " + answer.body().asString());
            return;
        }
        JsonPath receipt = answer.jsonPath();
        softly.assertThat(receipt.getInt("accepted")).as("accepted in batch starting with " + first).isZero();
        List<Map<String, Object>> rejected = receipt.getList("rejected");
        for (int i = 0; i < batch.size(); i++) {
            RecordCase c = batch.get(i);
            int index = i;
            List<String> reasons = rejected.stream().filter(r -> Integer.valueOf(index).equals(r.get("index")))
                    .findFirst().map(r -> reasonsOf(r)).orElse(List.of());
            softly.assertThat(reasons).as(c.name() + ": reasons").isNotEmpty();
            if (!c.mentions().isEmpty()) {
                softly.assertThat(reasons).as(c.name() + ": a reason mentions " + c.mentions())
                        .anyMatch(reason -> reason.contains(c.mentions()));
            }
            softly.assertThat(reasons).as(c.name() + ": reasons are one-line text")
                    .noneMatch(Printable::hasLineBreakOrControl);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonsOf(Map<String, Object> rejection) {
        return (List<String>) rejection.get("reasons");
    }

    /**
     * The contract: a higher version replaces, a lower one or the same content again changes
     * nothing, and other figures at the same version are refused. So a batch naming a record
     * twice at the same version stores the first, refuses the copy with other figures, and
     * nothing counts twice.
     */
    @Test
    void aRecordNamedTwiceAtTheSameVersionCountsOnce() throws Exception {
        Templates t = new Templates(DATASET, ORG);
        String performanceId = "d-" + run + "-p";
        ObjectNode performance = t.performanceTitled(performanceId, "Doublon " + run);
        int capacity = performance.at("/payload/venue/capacity").asInt();
        int firstTickets = 7;
        int newerTickets = 5;
        ObjectNode line = t.ticketLine("d-" + run + "-a", performanceId, 1, firstTickets);
        ObjectNode sameVersionOtherFigures = t.ticketLine("d-" + run + "-a", performanceId, 1, 70);
        // line b holds other buyers (another department): its own figures
        ObjectNode newer = t.ticketLine("d-" + run + "-b", performanceId, 2, newerTickets);
        ((ObjectNode) newer.get("payload")).put("buyerDepartment", "62");
        ObjectNode older = t.ticketLine("d-" + run + "-b", performanceId, 1, 50);
        ((ObjectNode) older.get("payload")).put("buyerDepartment", "62");
        List<JsonNode> batch = List.of(performance, performance, line, sameVersionOtherFigures, newer, older, line);

        HubCounts before = HubCounts.awaitQuiet(dataSource);
        String first = contributor().contentType("application/json").body(batch.toString())
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(batch.size()))
                .extract().path("id");
        awaitCompleteWithOneConflict(first, batch.size() - 1);
        // The same records again, as NDJSON: equal versions, so no change either.
        String ndjson = batch.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
        awaitCompleteWithOneConflict(contributor().contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().statusCode(202).extract().path("id"), batch.size() - 1);

        Map<String, Long> delta = HubCounts.awaitQuiet(dataSource).minus(before);
        assertThat(delta).containsEntry("contributed records", 3L)
                .containsEntry("performance facts", 1L)
                .containsEntry("attendance facts", 2L)
                .containsEntry("attendance_by_venue_month lines", 2L)
                .containsEntry("attendance_by_venue_month tickets", (long) firstTickets + newerTickets)
                .containsEntry("performance rollup performances", 1L)
                .containsEntry("performance rollup capacity", (long) capacity)
                .containsEntry("works", 1L)
                .containsEntry("productions", 1L)
                .containsEntry("performance identifiers", 1L);
        assertThat(storedTickets("d-" + run + "-a")).isEqualTo(firstTickets);
        assertThat(storedTickets("d-" + run + "-b")).isEqualTo(newerTickets);
        assertRollupsConsistent();
    }

    /**
     * Injection strings that are legitimate text (an apostrophe, a '<', a leading '=', "../")
     * in free-text fields and identifiers are not refused: they are stored exactly as sent and
     * never interpreted, and every table is still there.
     */
    @Test
    void injectionStringsThatAreLegitimateTextAreStoredVerbatim() throws Exception {
        List<ObjectNode> records = corpus.inertText();
        String id = contributor().contentType("application/json").body(records.toString())
                .when().post("/api/v1/datasets/" + DATASET + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(records.size())).body("rejected", hasSize(0))
                .extract().path("id");
        awaitComplete(id, records.size());
        for (ObjectNode sent : records) {
            String recordId = sent.get("recordId").asText();
            assertThat(Templates.JSON.readTree(storedPayload(recordId))).as(recordId).isEqualTo(sent.get("payload"));
            if (sent.get("recordType").asText().equals("performance")) {
                assertThat(productionTitle(recordId)).as(recordId)
                        .isEqualTo(sent.at("/payload/production/title").asText());
            }
        }
        HubCounts.read(dataSource); // every table is still there to count
        assertRollupsConsistent();
    }

    /** Every record stored but the copy at index 3, refused: other figures at the same version. */
    private void awaitCompleteWithOneConflict(String receiptId, int stored) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                contributor().when().get("/api/v1/receipts/" + receiptId)
                        .then().statusCode(200).body("status", equalTo("COMPLETE")));
        contributor().when().get("/api/v1/receipts/" + receiptId)
                .then().body("stored", equalTo(stored)).body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(3))
                .body("rejected[0].reasons[0]", org.hamcrest.Matchers.containsString("raise the version"));
    }

    private void awaitComplete(String receiptId, int stored) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                contributor().when().get("/api/v1/receipts/" + receiptId)
                        .then().statusCode(200).body("status", equalTo("COMPLETE")));
        contributor().when().get("/api/v1/receipts/" + receiptId)
                .then().body("stored", equalTo(stored)).body("rejected", hasSize(0));
    }

    private void assertRollupsConsistent() {
        given().auth().preemptive().basic("admin", "admin-pass")
                .when().get("/api/v1/admin/rollups/check")
                .then().statusCode(200)
                .body("consistent", equalTo(true))
                .body("differences", hasSize(0));
    }

    private String storedPayload(String recordId) throws Exception {
        return single("select payload from contributed_record where dataset_id = ? and record_id = ?", recordId);
    }

    private int storedTickets(String recordId) throws Exception {
        return Integer.parseInt(single("select tickets from attendance_fact where dataset_id = ? and record_id = ?",
                recordId));
    }

    private String productionTitle(String recordId) throws Exception {
        return single("select p.title from performance_identifier i join hub_production p on p.id = i.production_id "
                + "where i.dataset_id = ? and i.record_id = ?", recordId);
    }

    private String single(String sql, String recordId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, DATASET);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row for " + recordId).isTrue();
                return rs.getString(1);
            }
        }
    }
}
