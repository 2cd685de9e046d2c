package org.consortium.hub.membership;

import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.freshMember;
import static org.consortium.hub.governance.Governance.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.consortium.hub.governance.Governance;
import org.junit.jupiter.api.Test;

/** A hub-admin's emergency suspension: immediate, logged, and lifted unless ratified. */
@QuarkusTest
class EmergencySuspensionTest {

    private static io.restassured.response.ValidatableResponse suspend(String user, String org) {
        return as(user).contentType("application/json").body("{\"reason\": \"Personal data uploaded by mistake\"}")
                .when().post("/api/v1/organisations/" + org + "/suspension").then();
    }

    @Test
    void suspensionIsImmediateLoggedAndLiftedWhenNotRatified() {
        String org = freshMember("Compagnie " + unique("suspended"));
        var answer = suspend("admin", org).statusCode(200)
                .body("organisation.status", equalTo("SUSPENDED"))
                .extract().jsonPath();
        String motion = answer.getString("ratificationMotionId");
        int seq = answer.getInt("decisionSeq");

        as("analyst").when().get("/api/v1/decisions/" + seq).then()
                .body("kind", equalTo("EMERGENCY_SUSPENSION"))
                .body("outcome", equalTo("APPLIED"))
                .body("motionId", equalTo(motion))
                .body("explanation.reason", equalTo("Personal data uploaded by mistake"));
        as("analyst").when().get("/api/v1/motions/" + motion).then()
                .body("kind", equalTo("SUSPEND_MEMBER")).body("ratification", equalTo(true))
                .body("bodyId", equalTo("governance-committee"));

        as("admin").when().post("/api/v1/motions/" + motion + "/close").then().statusCode(200)
                .body("outcome", equalTo("NO_QUORUM"));
        as("analyst").when().get("/api/v1/organisations/" + org).then().body("status", equalTo("MEMBER"));
        as("analyst").when().get("/api/v1/decisions?subject=" + org).then()
                .body("items[0].explanation.effects", hasItem(containsString("not ratified")));
    }

    @Test
    void aRatifiedSuspensionStays() {
        String org = freshMember("Compagnie " + unique("ratified"));
        String motion = suspend("admin", org).statusCode(200).extract().path("ratificationMotionId");
        for (String user : new String[] {"orgadmin", "opera-admin", "ventdest-admin", "drac-admin", "labo-admin", "committee"}) {
            Governance.vote(user, motion, "YES").statusCode(201);
        }
        as("analyst").when().get("/api/v1/motions/" + motion).then().body("outcome", equalTo("ADOPTED"));
        as("analyst").when().get("/api/v1/organisations/" + org).then().body("status", equalTo("SUSPENDED"));
    }

    @Test
    void onlyHubAdminsSuspendAndOnlyMembers() {
        String[] applicant = Governance.apply("Compagnie " + unique("applicant"), "companies");
        suspend("orgadmin", applicant[0]).statusCode(403).contentType("application/problem+json");
        suspend("admin", applicant[0]).statusCode(409).body("detail", containsString("is APPLICANT"));
        suspend("admin", "no-such-org").statusCode(404);
        as("admin").contentType("application/json").body("{\"reason\": \"\"}")
                .when().post("/api/v1/organisations/" + applicant[0] + "/suspension")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }
}
