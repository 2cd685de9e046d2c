package org.consortium.hub.governance;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * Shared steps of the governance tests. Users are the demo consortium's local accounts
 * (password {@code <user>-pass}, see DemoConsortium): admin (hub-admin), committee (person
 * holding the committee's chair seat), and one org-admin per seat-holding organisation:
 * orgadmin (theatre-du-nord, venues), opera-admin (opera-sud, venues), ventdest-admin
 * (compagnie-vent-d-est, companies), drac-admin (drac-occitanie, institutions), labo-admin
 * (labo-publics, partners). Names made here carry a random suffix: tests share one database.
 */
public final class Governance {

    private Governance() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-pass");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Applies as the admin; returns the receipt's organisation id and admission motion id. */
    public static String[] apply(String legalName, String college) {
        var body = as("admin").contentType("application/json").body("""
                        {"legalName": "%s", "kind": "COMPANY", "college": "%s", "regionCode": "76",
                         "departmentCode": "31", "contactEmail": "contact@example.org"}""".formatted(legalName, college))
                .when().post("/api/v1/organisations")
                .then().statusCode(201).extract().jsonPath();
        return new String[] {body.getString("id"), body.getString("admissionMotionId")};
    }

    /** A body of person seats voting by heads under {@code rulesJson}; the first seat is the chair. */
    public static String personBody(String rulesJson, String... holders) {
        String id = unique("test-body");
        StringBuilder seats = new StringBuilder();
        for (int i = 0; i < holders.length; i++) {
            seats.append(i == 0 ? "" : ",").append("{\"holderPerson\": \"").append(holders[i]).append("\", \"chair\": ")
                    .append(i == 0).append('}');
        }
        as("admin").contentType("application/json").body("""
                        {"id": "%s", "name": "Test body", "kind": "OTHER", "seats": [%s], "rules": %s}"""
                        .formatted(id, seats, rulesJson))
                .when().post("/api/v1/bodies")
                .then().statusCode(201);
        return id;
    }

    /** Heads, no quorum, simple majority, a tie rejects. */
    public static final String SIMPLE_HEADS = """
            {"weighting": "HEADS", "quorum": {"fraction": "0", "basis": "WEIGHT"},
             "majority": {"kind": "SIMPLE"}, "tieBreak": {"kind": "REJECT"}}""";

    /** Opens a motion as the admin and returns its id. */
    public static String open(String bodyId, String kind, String subject, String closesAt) {
        String subjectField = subject == null ? "" : "\"subject\": \"" + subject + "\", ";
        String closesField = closesAt == null ? "" : ", \"closesAt\": \"" + closesAt + "\"";
        return as("admin").contentType("application/json")
                .body("{\"bodyId\": \"" + bodyId + "\", \"kind\": \"" + kind + "\", " + subjectField
                        + "\"title\": \"Test motion\"" + closesField + "}")
                .when().post("/api/v1/motions")
                .then().statusCode(201).extract().path("id");
    }

    public static io.restassured.response.ValidatableResponse vote(String user, String motionId, String choice) {
        return as(user).contentType("application/json").body("{\"choice\": \"" + choice + "\"}")
                .when().post("/api/v1/motions/" + motionId + "/ballots").then();
    }

    /**
     * Makes a fresh member without touching the demo bodies: the application's committee
     * motion is closed early (no quorum, still an applicant), then a one-seat body held by the
     * admin admits it.
     */
    public static String freshMember(String legalName) {
        String[] applied = apply(legalName, "companies");
        as("admin").when().post("/api/v1/motions/" + applied[1] + "/close").then().statusCode(200);
        String body = personBody(SIMPLE_HEADS, "admin");
        String motion = open(body, "ADMIT_MEMBER", applied[0], null);
        vote("admin", motion, "YES").statusCode(201);
        return applied[0];
    }
}
