package org.consortium.hub.governance;

import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.personBody;
import static org.consortium.hub.governance.Governance.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bodies, seats and rule versions: validated as a whole, 422 with one violation per path. */
@QuarkusTest
class BodyRulesTest {

    private static final String BAD_COLLEGES = """
            {"weighting": "COLLEGES", "quorum": {"fraction": "1/2", "basis": "SEATS"},
             "majority": {"kind": "SIMPLE"},
             "colleges": [{"id": "venues", "share": "3/5"}, {"id": "companies", "share": "3/10"}],
             "tieBreak": {"kind": "REFER"}}""";

    @Test
    void theDemoCommitteeVotesByWeightedCollegesCoveringEveryCollege() {
        as("analyst").when().get("/api/v1/bodies/governance-committee/rules")
                .then().statusCode(200)
                .body("rules.weighting", equalTo("COLLEGES"))
                .body("rules.colleges.share", equalTo(java.util.List.of("2/5", "3/10", "1/5", "1/10")))
                .body("rules.quorum.basis", equalTo("WEIGHT"))
                .body("rules.tieBreak.kind", equalTo("CHAIR_CASTING_VOTE"));
        as("analyst").when().get("/api/v1/bodies/governance-committee")
                .then().statusCode(200)
                .body("seats.college", hasItems("venues", "companies", "institutions", "partners"));
        as("analyst").when().get("/api/v1/bodies/general-assembly/rules")
                .then().statusCode(200).body("rules.weighting", equalTo("HEADS"));
    }

    @Test
    void invalidRulesAreRefusedWithEveryPath() {
        String body = personBody(Governance.SIMPLE_HEADS, "admin");
        as("admin").contentType("application/json").body(BAD_COLLEGES)
                .when().put("/api/v1/bodies/" + body + "/rules")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation"))
                .body("violations.field", hasItems("quorum.basis", "colleges[0].share", "colleges", "tieBreak.referTo",
                        "seats[0].college"))
                .body("detail", containsString("shares must add up to exactly 100%"));
        as("admin").when().get("/api/v1/bodies/" + body + "/rules").then().body("version", equalTo(1));
    }

    @Test
    void onlyHubAdminsChangeBodies() {
        as("committee").contentType("application/json").body(Governance.SIMPLE_HEADS)
                .when().put("/api/v1/bodies/governance-committee/rules")
                .then().statusCode(403).contentType("application/problem+json");
        as("orgadmin").contentType("application/json").body("{\"holderPerson\": \"orgadmin\"}")
                .when().post("/api/v1/bodies/governance-committee/seats")
                .then().statusCode(403);
    }

    @Test
    void unknownBodiesAndSeatsAreNotFound() {
        as("admin").when().get("/api/v1/bodies/no-such-body").then().statusCode(404)
                .body("detail", equalTo("Voting body 'no-such-body' does not exist"));
        as("admin").contentType("application/json").body(Governance.SIMPLE_HEADS)
                .when().put("/api/v1/bodies/no-such-body/rules").then().statusCode(404);
        as("admin").when().delete("/api/v1/bodies/governance-committee/seats/" + UUID.randomUUID()).then().statusCode(404);
        as("admin").when().get("/api/v1/bodies/governance-committee/rules/versions/999").then().statusCode(404);
    }

    @Test
    void seatsAreCheckedAgainstTheRules() {
        String body = personBody(Governance.SIMPLE_HEADS.replace("REJECT", "CHAIR_CASTING_VOTE"), "admin", "committee");
        // A second chair breaks "exactly one chair" under the chair's casting vote.
        as("admin").contentType("application/json").body("{\"holderPerson\": \"someone\", \"chair\": true}")
                .when().post("/api/v1/bodies/" + body + "/seats")
                .then().statusCode(422).body("violations[0].field", equalTo("seats"));
        as("admin").contentType("application/json").body("{\"holderPerson\": \"someone\", \"holderOrganisationId\": \"opera-sud\"}")
                .when().post("/api/v1/bodies/" + body + "/seats")
                .then().statusCode(400).body("violations[0].field", equalTo("holderOrganisationId"));
        String seat = as("admin").contentType("application/json").body("{\"holderOrganisationId\": \"opera-sud\", \"college\": \"venues\"}")
                .when().post("/api/v1/bodies/" + body + "/seats")
                .then().statusCode(201).extract().path("id");
        as("admin").when().get("/api/v1/bodies/" + body).then().body("seats", hasSize(3));
        as("admin").when().delete("/api/v1/bodies/" + body + "/seats/" + seat).then().statusCode(204);
        as("admin").when().get("/api/v1/bodies/" + body).then().body("seats", hasSize(2));
    }

    @Test
    void creatingABodyValidatesSeatsAndRulesTogether() {
        String id = unique("weighted");
        as("admin").contentType("application/json").body("""
                        {"id": "%s", "name": "Weighted", "kind": "OTHER",
                         "seats": [{"holderPerson": "admin", "college": "venues"}],
                         "rules": {"weighting": "COLLEGES", "quorum": {"fraction": "1/2", "basis": "WEIGHT"},
                                   "majority": {"kind": "SIMPLE"}, "tieBreak": {"kind": "REJECT"},
                                   "colleges": [{"id": "venues", "share": "1/2"}, {"id": "others", "share": "1/2"}]}}"""
                        .formatted(id))
                .when().post("/api/v1/bodies")
                .then().statusCode(201).body("rulesVersion", equalTo(1));
        as("admin").contentType("application/json").body("""
                        {"id": "%s", "name": "Again", "kind": "OTHER", "seats": [{"holderPerson": "admin"}],
                         "rules": %s}""".formatted(id, Governance.SIMPLE_HEADS))
                .when().post("/api/v1/bodies").then().statusCode(409);
        as("admin").when().get("/api/v1/decisions?subject=" + id)
                .then().body("items.kind", hasItem("RULES_CHANGED"));
        as("admin").contentType("application/json").body("{\"name\": \"Renamed\", \"kind\": \"TECHNICAL_COMMITTEE\"}")
                .when().put("/api/v1/bodies/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed")).body("kind", equalTo("TECHNICAL_COMMITTEE"));
    }
}
