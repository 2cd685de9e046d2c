package org.consortium.hub.governance;

import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.open;
import static org.consortium.hub.governance.Governance.personBody;
import static org.consortium.hub.governance.Governance.vote;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Motions keep the rule version they opened under; the deadline job closes them; hub-admins may close early. */
@QuarkusTest
class MotionLifecycleTest {

    private static final String HALF_OF_VOTES_CAST = """
            {"weighting": "HEADS", "quorum": {"fraction": "0", "basis": "WEIGHT"},
             "majority": {"kind": "QUALIFIED", "fraction": "1/2", "base": "VOTES_CAST"}, "tieBreak": {"kind": "REJECT"}}""";
    private static final String UNANIMITY = """
            {"weighting": "HEADS", "quorum": {"fraction": "0", "basis": "WEIGHT"},
             "majority": {"kind": "UNANIMITY"}, "tieBreak": {"kind": "REJECT"}}""";

    @Inject
    MotionDeadlines deadlines;

    @Test
    void anOpenMotionKeepsItsRuleVersion() {
        String body = personBody(HALF_OF_VOTES_CAST, "admin", "committee");
        String first = open(body, "GENERAL", null, null);
        as("admin").contentType("application/json").body(UNANIMITY)
                .when().put("/api/v1/bodies/" + body + "/rules")
                .then().statusCode(200).body("version", equalTo(2)).body("rules.majority.kind", equalTo("UNANIMITY"));
        String second = open(body, "GENERAL", null, null);

        for (String motion : new String[] {first, second}) {
            vote("admin", motion, "YES").statusCode(201);
            vote("committee", motion, "NO").statusCode(201);
        }
        as("admin").when().get("/api/v1/motions/" + first).then()
                .body("rulesVersion", equalTo(1)).body("status", equalTo("CLOSED")).body("outcome", equalTo("ADOPTED"));
        as("admin").when().get("/api/v1/motions/" + second).then()
                .body("rulesVersion", equalTo(2)).body("outcome", equalTo("REJECTED"));
        as("admin").when().get("/api/v1/bodies/" + body + "/rules/versions")
                .then().statusCode(200).body("version", equalTo(java.util.List.of(1, 2)));
        as("admin").when().get("/api/v1/bodies/" + body + "/rules/versions/1")
                .then().statusCode(200).body("rules.majority.fraction", equalTo("1/2"));
    }

    @Test
    void theDeadlineJobClosesExpiredMotions() {
        String body = personBody(Governance.SIMPLE_HEADS.replace("\"0\"", "\"1/2\""), "admin", "committee");
        String closesAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).toString();
        String motion = open(body, "GENERAL", null, closesAt);
        vote("committee", motion, "YES").statusCode(201);

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            deadlines.closeExpired();
            return "CLOSED".equals(as("admin").when().get("/api/v1/motions/" + motion).then().extract().path("status"));
        });
        int seq = as("admin").when().get("/api/v1/motions/" + motion).then()
                .body("outcome", equalTo("ADOPTED")).extract().path("decisionSeq");
        as("admin").when().get("/api/v1/decisions/" + seq).then()
                .body("explanation.closing", containsString("the voting window ended"))
                .body("explanation.effects", hasItem(containsString("No effect is registered for GENERAL")));
        vote("admin", motion, "NO").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aHubAdminClosesEarlyAndOnlyOnce() {
        String body = personBody(Governance.SIMPLE_HEADS, "admin", "committee");
        String motion = open(body, "GENERAL", null, null);
        as("committee").when().post("/api/v1/motions/" + motion + "/close")
                .then().statusCode(403).contentType("application/problem+json");
        as("admin").when().post("/api/v1/motions/" + motion + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("REJECTED"));
        as("admin").when().post("/api/v1/motions/" + motion + "/close")
                .then().statusCode(409).body("detail", containsString("already closed"));
    }
}
