package org.consortium.hub.datasets;

import static org.consortium.hub.datasets.Datasets.committeeDecides;
import static org.consortium.hub.datasets.Datasets.evaluate;
import static org.consortium.hub.datasets.Datasets.proposeWithTemplate;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The whole path of issue 4: a member's org-admin proposes a dataset, the governance
 * committee approves it by vote, its ODRL export is read, its policy is changed by a second
 * vote, and an evaluation explains a denial under the new version.
 */
@QuarkusTest
class DatasetLifecycleTest {

    /** Research only, yearly by region: the policy the owner moves to. */
    static final String RESEARCH_YEARLY = """
            {"policyId": "ignored-by-the-hub", "version": 1, "title": "Research, yearly by region",
             "audience": {"allMembers": true}, "purposes": ["RESEARCH"],
             "finestGranularity": {"time": "YEAR", "place": "REGION"}, "embargoDays": 0, "licence": "ODBL"}""";

    @Test
    void proposedApprovedExportedChangedAndEvaluated() {
        String id = unique("lifecycle");
        JsonPath receipt = proposeWithTemplate(id, "members-marketing-monthly-department");
        String approval = receipt.getString("motionId");
        org.junit.jupiter.api.Assertions.assertEquals("PROPOSED", receipt.getString("datasetStatus"));
        org.junit.jupiter.api.Assertions.assertEquals(1, receipt.getInt("policyVersion"));

        as("analyst").when().get("/api/v1/motions/" + approval).then().statusCode(200)
                .body("kind", equalTo("APPROVE_DATASET"))
                .body("subject", equalTo(id))
                .body("bodyId", equalTo("governance-committee"))
                .body("description", containsString("Who may see aggregates: all members"));
        as("analyst").when().get("/api/v1/datasets/" + id).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("ownerId", equalTo("theatre-du-nord"))
                .body("ownerName", equalTo("Théâtre du Nord"))
                .body("openMotionId", equalTo(approval))
                .body("policyVersion", nullValue());
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy").then().statusCode(404);
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy/versions").then().statusCode(200)
                .body("status", contains("PENDING"));

        // First vote: the committee approves.
        int approvedBy = committeeDecides(approval, "YES");
        as("analyst").when().get("/api/v1/datasets/" + id).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedByDecisionSeq", equalTo(approvedBy))
                .body("approvedOn", notNullValue())
                .body("openMotionId", nullValue())
                .body("policyVersion", equalTo(1))
                .body("policySummary", containsString("For: programming, marketing."));
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy").then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("CURRENT"))
                .body("motionId", equalTo(approval))
                .body("adoptedByDecisionSeq", equalTo(approvedBy))
                .body("document.policyId", equalTo(id))
                .body("document.finestGranularity.time", equalTo("MONTH"));
        as("analyst").when().get("/api/v1/decisions/" + approvedBy).then().statusCode(200)
                .body("kind", equalTo("APPROVE_DATASET"))
                .body("subject", equalTo(id))
                .body("explanation.effects", hasItem("Dataset '" + id + "' is now APPROVED: ingestion opens."));

        // The ODRL export: an Offer of the dataset's aggregates by its owner.
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy?format=odrl").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("http://www.w3.org/ns/odrl.jsonld"))
                .body("'@type'", equalTo("Offer"))
                .body("uid", endsWith(":" + id + ":1"))
                .body("assigner", endsWith("organisation:theatre-du-nord"))
                .body("permission[0].target", containsString("dataset:" + id))
                .body("permission[0].action", equalTo("use"))
                .body("permission[0].constraint.leftOperand", hasItem("purpose"))
                .body("prohibition[0].action", equalTo("distribute"));
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy?format=yaml").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("policyId: " + id));

        // Second vote: a new version, which is not in force while its motion is open.
        String change = as("orgadmin").contentType("application/json")
                .body("{\"policy\": {\"document\": " + RESEARCH_YEARLY + "}, \"reason\": \"Research only from now\"}")
                .when().post("/api/v1/datasets/" + id + "/policy-changes")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/datasets/" + id + "/policy/versions/2"))
                .body("motionKind", equalTo("CHANGE_SHARING_POLICY"))
                .body("policyVersion", equalTo(2))
                .extract().path("motionId");
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy").then().body("version", equalTo(1));
        int changedBy = committeeDecides(change, "YES");

        as("analyst").when().get("/api/v1/datasets/" + id + "/policy/versions").then().statusCode(200)
                .body("$", hasSize(2))
                .body("version", contains(1, 2))
                .body("status", contains("SUPERSEDED", "CURRENT"))
                .body("adoptedByDecisionSeq", contains(approvedBy, changedBy))
                .body("[1].replacesVersion", equalTo(1))
                .body("[1].motionId", equalTo(change))
                .body("[1].document.policyId", equalTo(id))
                .body("[1].document.version", equalTo(2))
                .body("[1].document.replaces.version", equalTo(1))
                .body("[1].summary", hasItem("For: research."));
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy?format=odrl").then()
                .body("uid", endsWith(":" + id + ":2"));
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy/versions/1?format=odrl").then().statusCode(200)
                .body("uid", endsWith(":" + id + ":1"));

        // The evaluation explains why Opéra du Sud's analyst may no longer do marketing by month.
        evaluate("analyst", id, "MARKETING", "MONTH", "DEPARTMENT").statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("permitted", equalTo(false))
                .body("policyVersion", equalTo(2))
                .body("adoptedByDecisionSeq", equalTo(changedBy))
                .body("reasons", hasSize(2))
                .body("reasons", hasItem("The purpose MARKETING is not allowed; the policy allows RESEARCH."))
                .body("reasons", hasItem(containsString("is too fine (time MONTH is finer than YEAR; place DEPARTMENT is "
                        + "finer than REGION)")))
                .body("explanation", startsWith("Denied under " + id + " v2"))
                .body("obligations.granularityFloor.time", equalTo("YEAR"))
                .body("obligations.licence", equalTo("ODBL"));
        evaluate("analyst", id, "RESEARCH", "YEAR", "NATIONAL").statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("reasons", hasItem("You are in the policy's audience: your organisation is a member."))
                .body("obligations.disclosure.minContributors", equalTo(3))
                .body("obligations.inPlainWords", containsString("at least 3 venues"));
    }

    @Test
    void aRejectedProposalIsRejectedWithItsVersion() {
        String id = unique("refused");
        String motion = proposeWithTemplate(id, "public-open-data-yearly-region").getString("motionId");
        committeeDecides(motion, "NO");
        as("analyst").when().get("/api/v1/datasets/" + id).then().body("status", equalTo("REJECTED"));
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy/versions").then()
                .body("status", contains("REJECTED"))
                .body("[0].adoptedByDecisionSeq", nullValue());
    }
}
