package org.consortium.hub.datasets;

import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.vote;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.consortium.hub.governance.Governance;

/**
 * Shared steps of the dataset tests, on the demo consortium (see Governance for the
 * accounts). Dataset ids carry a random suffix: the tests share one database, and on the
 * PostgreSQL pass they share it with every other test class too.
 */
final class Datasets {

    /** Every seat of the demo governance committee, by the account that casts its ballot. */
    static final String[] COMMITTEE = {"orgadmin", "opera-admin", "ventdest-admin", "drac-admin", "labo-admin",
            "committee"};

    private Datasets() {
    }

    static ValidatableResponse propose(String user, String body) {
        return as(user).contentType("application/json").body(body).when().post("/api/v1/datasets").then();
    }

    /** A proposal by theatre-du-nord's org-admin with a template; returns the receipt. */
    static JsonPath proposeWithTemplate(String id, String template) {
        return propose("orgadmin", """
                {"id": "%s", "kind": "ATTENDANCE", "title": "Billetterie %s", "policy": {"template": "%s"}}"""
                .formatted(id, id, template)).statusCode(201).extract().jsonPath();
    }

    /** Every committee seat votes {@code choice}; the last ballot closes the motion. Returns its decision seq. */
    static int committeeDecides(String motionId, String choice) {
        for (String seat : COMMITTEE) {
            vote(seat, motionId, choice).statusCode(201);
        }
        return as("admin").when().get("/api/v1/motions/" + motionId).then().statusCode(200)
                .extract().path("decisionSeq");
    }

    /**
     * An APPROVED dataset of theatre-du-nord without the committee: its approval motion is
     * closed early (no quorum, still proposed), then a one-seat body held by the admin
     * approves it.
     */
    static String approvedDataset(String prefix) {
        String id = Governance.unique(prefix);
        String motion = proposeWithTemplate(id, "members-marketing-monthly-department").getString("motionId");
        as("admin").when().post("/api/v1/motions/" + motion + "/close").then().statusCode(200);
        decideAlone("APPROVE_DATASET", id, "YES");
        return id;
    }

    /** Opens a motion about the dataset in a fresh one-seat body held by the admin, who votes on it. */
    static void decideAlone(String kind, String datasetId, String choice) {
        String body = Governance.personBody(Governance.SIMPLE_HEADS, "admin");
        String motion = Governance.open(body, kind, datasetId, null);
        vote("admin", motion, choice).statusCode(201);
    }

    static ValidatableResponse evaluate(String user, String datasetId, String purpose, String time, String place) {
        return as(user).contentType("application/json").body("""
                        {"datasetId": "%s", "purpose": "%s", "granularity": {"time": "%s", "place": "%s"}}"""
                        .formatted(datasetId, purpose, time, place))
                .when().post("/api/v1/policy/evaluate").then();
    }
}
