package org.consortium.hub.datasets;

import static org.consortium.hub.datasets.Datasets.approvedDataset;
import static org.consortium.hub.datasets.Datasets.propose;
import static org.consortium.hub.datasets.Datasets.proposeWithTemplate;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Bad input: a malformed policy (every error with its path), an unknown constraint (its
 * name), another organisation's proposal (403), a change under an open motion (409).
 */
@QuarkusTest
class DatasetRefusalsTest {

    private static String proposal(String id, String policy) {
        return """
                {"id": "%s", "kind": "EVENTS", "title": "Saison", "policy": %s}""".formatted(id, policy);
    }

    @Test
    void aMalformedPolicyIsRefusedWithThePathOfEachError() {
        String id = unique("malformed");
        propose("orgadmin", proposal(id, """
                {"document": {"policyId": "p", "version": 1, "audience": {"allMembers": true}, "purposes": [],
                  "finestGranularity": {"time": "HOURLY", "place": "DEPARTMENT"}, "licence": "CONSORTIUM_ONLY",
                  "rawAccess": true}}"""))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation"))
                .body("detail", containsString("The sharing policy document is not valid"))
                .body("violations.field", hasItems("$.rawAccess", "$.purposes", "$.finestGranularity.time"))
                .body("violations.message", hasItem(containsString("raw records are visible to their owner only")));
        as("analyst").when().get("/api/v1/datasets/" + id).then().statusCode(404);
    }

    @Test
    void aYamlDocumentIsReadAndItsErrorsLocatedToo() {
        propose("orgadmin", proposal(unique("yaml"), """
                {"document": "policyId: p\\nversion: 1\\naudience: {allMembers: true}\\npurposes: [MARKETING]\\nfinestGranularity: {time: MONTH}\\nlicence: ODBL\\n"}"""))
                .statusCode(422)
                .body("violations.field", hasItem("$.finestGranularity.place"));
        propose("orgadmin", proposal(unique("yaml"), """
                {"document": "policyId: p\\nversion: 1\\naudience: {allMembers: true}\\npurposes: [MARKETING]\\nfinestGranularity: {time: MONTH, place: REGION}\\nlicence: ODBL\\n"}"""))
                .statusCode(201)
                .body("datasetStatus", equalTo("PROPOSED"));
        propose("orgadmin", proposal(unique("yaml"), "{\"document\": \"audience: [\"}"))
                .statusCode(422)
                .body("violations[0].field", equalTo("$"));
    }

    @Test
    void anUnknownConstraintIsRefusedByName() {
        propose("orgadmin", proposal(unique("constraint"), """
                {"document": {"policyId": "p", "version": 1, "audience": {"allMembers": true}, "purposes": ["MARKETING"],
                  "finestGranularity": {"time": "MONTH", "place": "DEPARTMENT"}, "licence": "CONSORTIUM_ONLY",
                  "constraints": [{"name": "onlyOnSundays", "parameters": {}}]}}"""))
                .statusCode(422)
                .body("type", equalTo("/problems/rule-violation"))
                .body("detail", containsString("unknown constraint 'onlyOnSundays'"))
                .body("violations[0].field", equalTo("$.constraints[0].name"))
                .body("violations[0].message", containsString("onlyOnSundays"));
    }

    @Test
    void aTemplateMustExistAndExactlyOneSourceBeGiven() {
        propose("orgadmin", proposal(unique("template"), "{\"template\": \"everyone-everything\"}"))
                .statusCode(400)
                .body("violations[0].field", equalTo("policy.template"))
                .body("violations[0].message", containsString("members-marketing-monthly-department"));
        propose("orgadmin", proposal(unique("template"), "{}"))
                .statusCode(400).body("violations[0].field", equalTo("policy"));
        propose("orgadmin", proposal(unique("template"),
                "{\"template\": \"research-under-agreement\", \"document\": {\"policyId\": \"p\"}}"))
                .statusCode(400).body("violations[0].field", equalTo("policy"));
        propose("orgadmin", "{\"kind\": \"EVENTS\", \"title\": \"Saison\"}")
                .statusCode(400).body("violations.field", hasItem("policy"));
    }

    @Test
    void onlyTheOwnersOrgAdminProposes() {
        String template = "{\"template\": \"members-marketing-monthly-department\"}";
        // theatre-du-nord's org-admin for Opéra du Sud.
        propose("orgadmin", """
                {"ownerOrganisationId": "opera-sud", "kind": "EVENTS", "title": "Saison", "policy": %s}"""
                .formatted(template))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("'opera-sud'"));
        // An analyst acts for its organisation but does not commit it.
        propose("analyst", proposal(unique("analyst"), template)).statusCode(403);
        // The secretariat runs the vote; it does not propose for a member.
        propose("admin", """
                {"ownerOrganisationId": "theatre-du-nord", "kind": "EVENTS", "title": "Saison", "policy": %s}"""
                .formatted(template)).statusCode(403);
        as("admin").contentType("application/json").when().post("/api/v1/datasets").then().statusCode(400);
    }

    @Test
    void aDuplicateIdIsAConflict() {
        String id = unique("twice");
        proposeWithTemplate(id, "members-marketing-monthly-department");
        propose("orgadmin", proposal(id, "{\"template\": \"members-marketing-monthly-department\"}")).statusCode(409);
    }

    @Test
    void changesWaitWhileAMotionIsOpen() {
        String id = approvedDataset("busy");
        String newPolicy = "{\"policy\": {\"template\": \"public-open-data-yearly-region\"}}";

        // Another organisation's admin may not change it.
        change("opera-admin", id, newPolicy).statusCode(403);

        String suspension = as("orgadmin").contentType("application/json").body("{\"reason\": \"Vendor change\"}")
                .when().post("/api/v1/datasets/" + id + "/suspension")
                .then().statusCode(201)
                .body("motionKind", equalTo("SUSPEND_DATASET"))
                .extract().path("motionId");
        change("orgadmin", id, newPolicy).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("open motion (" + suspension + ")"));
        as("orgadmin").contentType("application/json").body("{}")
                .when().post("/api/v1/datasets/" + id + "/retirement").then().statusCode(409);
        // Nor can a hub-admin open one by hand beside it.
        as("admin").contentType("application/json").body("""
                        {"bodyId": "governance-committee", "kind": "RETIRE_DATASET", "subject": "%s", "title": "Retire"}"""
                        .formatted(id))
                .when().post("/api/v1/motions").then().statusCode(409);

        // Closed without quorum: nothing changed, and changes are possible again.
        as("admin").when().post("/api/v1/motions/" + suspension + "/close").then().statusCode(200)
                .body("outcome", equalTo("NO_QUORUM"));
        as("analyst").when().get("/api/v1/datasets/" + id).then().body("status", equalTo("APPROVED"));
        String change = change("orgadmin", id, newPolicy).statusCode(201).extract().path("motionId");
        as("admin").when().post("/api/v1/motions/" + change + "/close").then().statusCode(200);
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy/versions").then()
                .body("status", org.hamcrest.Matchers.contains("CURRENT", "REJECTED"));
    }

    @Test
    void aProposedDatasetTakesNoPolicyChangeAndPolicyChangesGoThroughTheirEndpoint() {
        String id = unique("pending");
        proposeWithTemplate(id, "members-marketing-monthly-department");
        change("orgadmin", id, "{\"policy\": {\"template\": \"public-open-data-yearly-region\"}}").statusCode(409);
        change("orgadmin", "no-such-dataset", "{\"policy\": {\"template\": \"public-open-data-yearly-region\"}}")
                .statusCode(404);

        String approved = approvedDataset("byhand");
        as("admin").contentType("application/json").body("""
                        {"bodyId": "governance-committee", "kind": "CHANGE_SHARING_POLICY", "subject": "%s", "title": "Change"}"""
                        .formatted(approved))
                .when().post("/api/v1/motions").then().statusCode(409)
                .body("detail", containsString("/policy-changes"));
    }

    private static ValidatableResponse change(String user, String id, String body) {
        return as(user).contentType("application/json").body(body)
                .when().post("/api/v1/datasets/" + id + "/policy-changes").then();
    }
}
