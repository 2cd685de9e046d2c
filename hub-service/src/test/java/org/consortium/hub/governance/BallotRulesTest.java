package org.consortium.hub.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.governance.Governance.apply;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.unique;
import static org.consortium.hub.governance.Governance.vote;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** Ballots: one per seat (a database constraint), only while open, only by the seat's holder. */
@QuarkusTest
class BallotRulesTest {

    private static String admissionMotion() {
        return apply("Compagnie " + unique("ballot"), "companies")[1];
    }

    @Test
    void votingTwiceIsAConflict() {
        String motion = admissionMotion();
        vote("orgadmin", motion, "YES").statusCode(201);
        vote("orgadmin", motion, "NO").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("has already voted on motion " + motion));
    }

    @Test
    void twoBallotsForOneSeatAtTheSameInstantStoreExactlyOne() throws Exception {
        String motion = admissionMotion();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = List.of("YES", "NO").stream()
                .map(choice -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return vote("orgadmin", motion, choice).extract().statusCode();
                })).toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(201, 409);
        as("admin").when().get("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].castBy", equalTo("orgadmin"));
    }

    @Test
    void votingOnAClosedMotionIsAConflict() {
        String motion = admissionMotion();
        as("admin").when().post("/api/v1/motions/" + motion + "/close").then().statusCode(200);
        vote("orgadmin", motion, "YES").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is closed (outcome NO_QUORUM)"));
    }

    @Test
    void votingWithoutHoldingASeatIsForbidden() {
        String motion = admissionMotion();
        // An analyst acts for opera-sud, which holds a seat, but only org-admins and committee members vote for it.
        vote("analyst", motion, "YES").statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("detail", containsString("hold no seat"));
        vote("admin", motion, "YES").statusCode(403);
    }

    @Test
    void votingOnSomeoneElsesSeatIsForbidden() {
        String motion = admissionMotion();
        String operaSeat = as("admin").when().get("/api/v1/motions/" + motion)
                .then().extract().path("seats.find { it.holderOrganisationId == 'opera-sud' }.id");
        as("orgadmin").contentType("application/json").body("{\"choice\": \"YES\", \"seatId\": \"" + operaSeat + "\"}")
                .when().post("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(403)
                .body("detail", containsString("held by organisation 'opera-sud'"));
        as("orgadmin").contentType("application/json").body("{\"choice\": \"YES\", \"seatId\": \"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(404);
    }

    @Test
    void unknownMotionIsNotFound() {
        vote("orgadmin", UUID.randomUUID().toString(), "YES").statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Motion '"));
        as("admin").when().get("/api/v1/motions/" + UUID.randomUUID()).then().statusCode(404);
        as("admin").when().post("/api/v1/motions/" + UUID.randomUUID() + "/close").then().statusCode(404);
    }

    @Test
    void malformedOrInvalidBallotsAreBadRequests() {
        String motion = admissionMotion();
        as("orgadmin").contentType("application/json").body("{\"choice\": ")
                .when().post("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(400).body("type", equalTo("/problems/malformed-request"));
        as("orgadmin").contentType("application/json").body("{\"choice\": \"MAYBE\"}")
                .when().post("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(400).body("detail", containsString("'MAYBE' is not one of [YES, NO, ABSTAIN]"));
        as("orgadmin").contentType("application/json").body("{}")
                .when().post("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(400).body("violations[0].field", equalTo("choice"));
    }

    @Test
    void onlyHubAdminsOpenMotionsAndSubjectsAreChecked() {
        as("committee").contentType("application/json")
                .body("{\"bodyId\": \"governance-committee\", \"kind\": \"GENERAL\", \"title\": \"x\"}")
                .when().post("/api/v1/motions").then().statusCode(403);
        as("admin").contentType("application/json")
                .body("{\"bodyId\": \"no-such-body\", \"kind\": \"GENERAL\", \"title\": \"x\"}")
                .when().post("/api/v1/motions").then().statusCode(404);
        as("admin").contentType("application/json")
                .body("{\"bodyId\": \"governance-committee\", \"kind\": \"ADMIT_MEMBER\", \"subject\": \"opera-sud\", \"title\": \"x\"}")
                .when().post("/api/v1/motions").then().statusCode(409).body("detail", containsString("is MEMBER"));
        as("admin").contentType("application/json")
                .body("{\"bodyId\": \"governance-committee\", \"kind\": \"SUSPEND_MEMBER\", \"title\": \"x\"}")
                .when().post("/api/v1/motions").then().statusCode(400).body("violations[0].field", equalTo("subject"));
        as("admin").contentType("application/json")
                .body("{\"bodyId\": \"governance-committee\", \"kind\": \"GENERAL\", \"title\": \"x\", \"closesAt\": \"2001-01-01T00:00:00Z\"}")
                .when().post("/api/v1/motions").then().statusCode(400).body("violations[0].field", equalTo("closesAt"));
        as("admin").when().get("/api/v1/motions?status=PENDING").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
