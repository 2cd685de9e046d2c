package org.consortium.hub.datasets;

import static org.consortium.hub.datasets.Datasets.evaluate;
import static org.consortium.hub.governance.Governance.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Access questions answered for the calling identity, against the seeded datasets (approved
 * under "members, marketing and programming, monthly by department"; tests never change them).
 */
@QuarkusTest
class PolicyEvaluationTest {

    static final String SEEDED = "theatre-du-nord-billetterie";

    @Test
    void aMembersAnalystMayDoMarketingByMonthAndDepartment() {
        evaluate("analyst", SEEDED, "MARKETING", "QUARTER", "DEPARTMENT").statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("datasetStatus", equalTo("APPROVED"))
                .body("policyVersion", equalTo(1))
                .body("adoptedByDecisionSeq", notNullValue())
                .body("outcomes", hasSize(4))
                .body("reasons", hasItem("The purpose MARKETING is allowed."))
                .body("obligations.disclosure.minCountForPeople", equalTo(11))
                .body("obligations.granularityFloor.place", equalTo("DEPARTMENT"))
                .body("obligations.licence", equalTo("CONSORTIUM_ONLY"));
    }

    @Test
    void aDenialExplainsEveryFailedConstraint() {
        evaluate("analyst", SEEDED, "RESEARCH", "DAY", "VENUE").statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("reasons", hasSize(2))
                .body("reasons[0]", containsString("The purpose RESEARCH is not allowed"))
                .body("reasons[1]", containsString("ask for MONTH × DEPARTMENT or coarser"))
                .body("explanation", startsWith("Denied under " + SEEDED + " v1"))
                .body("outcomes.find { it.constraint == 'audience' }.satisfied", equalTo(true));
        // The secretariat acts for no organisation: not in a members-only audience.
        evaluate("admin", SEEDED, "MARKETING", "YEAR", "REGION").statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("reasons[0]", containsString("Your organisation is not in the policy's audience (all members)"));
        // The owner is always in the audience of its own dataset.
        evaluate("contributor", SEEDED, "MARKETING", "YEAR", "REGION").statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("reasons[0]", equalTo("Your organisation owns this dataset."));
    }

    @Test
    void questionsNeedADatasetWithAPolicyInForceAndAWellFormedRequest() {
        evaluate("analyst", "festival-des-remparts-billetterie", "MARKETING", "YEAR", "REGION").statusCode(409)
                .body("detail", containsString("no adopted policy"));
        evaluate("analyst", "no-such-dataset", "MARKETING", "YEAR", "REGION").statusCode(404);
        evaluate("analyst", SEEDED, "SPYING", "YEAR", "REGION").statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        as("analyst").contentType("application/json").body("{\"datasetId\": \"" + SEEDED + "\", \"purpose\": \"MARKETING\"}")
                .when().post("/api/v1/policy/evaluate").then().statusCode(400)
                .body("violations.field", hasItem("granularity"));
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .when().post("/api/v1/policy/evaluate").then().statusCode(401);
    }

    @Test
    void seededDatasetsHaveAnInitialDecisionAndAPolicyInPlainWords() {
        int seq = as("analyst").when().get("/api/v1/datasets/" + SEEDED + "/policy/versions").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("CURRENT"))
                .body("[0].proposedBy", equalTo("demo-seed"))
                .extract().path("[0].adoptedByDecisionSeq");
        as("analyst").when().get("/api/v1/decisions/" + seq).then().statusCode(200)
                .body("kind", equalTo("APPROVE_DATASET"))
                .body("subject", equalTo(SEEDED))
                .body("outcome", equalTo("ADOPTED"))
                .body("explanation.closing", containsString("approved before the hub kept its decisions"));
        as("analyst").when().get("/api/v1/datasets?size=200").then().statusCode(200)
                .body("items.find { it.id == '" + SEEDED + "' }.policySummary",
                        startsWith("Who may see aggregates: all members."))
                .body("items.find { it.id == '" + SEEDED + "' }.approvedByDecisionSeq", equalTo(seq))
                .body("items.find { it.id == 'festival-des-remparts-billetterie' }.status", equalTo("PROPOSED"))
                .body("items.find { it.id == 'festival-des-remparts-billetterie' }.openMotionId", notNullValue());
        as("analyst").when().get("/api/v1/datasets/festival-des-remparts-billetterie/policy/versions").then()
                .body("[0].status", equalTo("PENDING"))
                .body("[0].document.finestGranularity.place", equalTo("REGION"));
    }

    @Test
    void templatesAreListedInPlainWords() {
        as("analyst").when().get("/api/v1/policy/templates").then().statusCode(200)
                .body("name", hasItem("research-under-agreement"))
                .body("find { it.name == 'public-open-data-yearly-region' }.summary",
                        hasItem("Who may see aggregates: anyone."));
    }
}
