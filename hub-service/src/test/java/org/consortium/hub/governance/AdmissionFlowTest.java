package org.consortium.hub.governance;

import static org.consortium.hub.governance.Governance.apply;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.unique;
import static org.consortium.hub.governance.Governance.vote;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The whole path: an organisation applies, the governance committee votes under weighted
 * colleges (venues 40 %, companies 30 %, institutions 20 %, partners 10 %), the last ballot
 * closes the motion, the applicant becomes a member with a seat in the general assembly, and
 * the decision log records the tally and still verifies.
 */
@QuarkusTest
class AdmissionFlowTest {

    @Test
    void anApplicantIsAdmittedByWeightedCollegesAgainstTheHeadCount() {
        String[] applied = apply("Compagnie " + unique("flow"), "companies");
        String org = applied[0];
        String motion = applied[1];

        as("analyst").when().get("/api/v1/motions/" + motion)
                .then().statusCode(200)
                .body("kind", equalTo("ADMIT_MEMBER"))
                .body("subject", equalTo(org))
                .body("bodyId", equalTo("governance-committee"))
                .body("status", equalTo("OPEN"))
                .body("rulesVersion", notNullValue())
                .body("seats", hasSize(6));

        // Heads: 2 yes against 3 no. Weights: venues' 2/5 for, against companies abstaining,
        // institutions 1/5 (chair + DRAC) and partners 1/10 = 3/10: adopted on weight.
        vote("orgadmin", motion, "YES").statusCode(201).body("seatId", notNullValue());
        vote("opera-admin", motion, "YES").statusCode(201);
        vote("drac-admin", motion, "NO").statusCode(201);
        vote("labo-admin", motion, "NO").statusCode(201);
        vote("committee", motion, "NO").statusCode(201);
        as("admin").when().get("/api/v1/motions/" + motion).then().body("status", equalTo("OPEN")).body("ballotsCast", equalTo(5));
        vote("ventdest-admin", motion, "ABSTAIN").statusCode(201);

        int seq = as("analyst").when().get("/api/v1/motions/" + motion)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("ADOPTED"))
                .extract().path("decisionSeq");

        as("analyst").when().get("/api/v1/organisations/" + org)
                .then().statusCode(200).body("status", equalTo("MEMBER"));
        as("analyst").when().get("/api/v1/bodies/general-assembly")
                .then().statusCode(200).body("seats.holderOrganisationId", hasItem(org));
        as("analyst").when().get("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(200).body("choice", hasItem("ABSTAIN")).body("$", hasSize(6));

        as("analyst").when().get("/api/v1/decisions/" + seq)
                .then().statusCode(200)
                .body("kind", equalTo("ADMIT_MEMBER"))
                .body("subject", equalTo(org))
                .body("motionId", equalTo(motion))
                .body("outcome", equalTo("ADOPTED"))
                .body("rulesVersion", notNullValue())
                .body("explanation.closing", equalTo("every seat has voted"))
                .body("explanation.rules.weighting", equalTo("COLLEGES"))
                .body("explanation.lines", hasItem(containsString("Weights: yes 2/5")))
                .body("explanation.lines", hasItem(containsString("no 3/10")))
                .body("explanation.lines", hasItem("Outcome: ADOPTED."))
                .body("explanation.effects", hasItem("Organisation '" + org + "' is now a MEMBER."))
                .body("hash", notNullValue());
        as("analyst").when().get("/api/v1/decisions?subject=" + org)
                .then().statusCode(200).body("items[0].seq", equalTo(seq));

        as("analyst").when().get("/api/v1/decisions/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aRejectedApplicantIsRejected() {
        String[] applied = apply("Compagnie " + unique("rejected"), "companies");
        String body = Governance.personBody(Governance.SIMPLE_HEADS, "admin");
        as("admin").when().post("/api/v1/motions/" + applied[1] + "/close").then().statusCode(200)
                .body("outcome", equalTo("NO_QUORUM"));
        as("admin").when().get("/api/v1/organisations/" + applied[0]).then().body("status", equalTo("APPLICANT"));

        String motion = Governance.open(body, "ADMIT_MEMBER", applied[0], null);
        vote("admin", motion, "NO").statusCode(201);
        as("admin").when().get("/api/v1/organisations/" + applied[0]).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void applicationsAreListedWithTheirStatus() {
        String[] applied = apply("Compagnie " + unique("listed"), "companies");
        as("analyst").when().get("/api/v1/organisations?status=applicant&kind=company&size=200")
                .then().statusCode(200).body("items.id", hasItem(applied[0]));
        as("analyst").when().get("/api/v1/motions?kind=ADMIT_MEMBER&status=OPEN&subject=" + applied[0])
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(applied[1]));
    }
}
