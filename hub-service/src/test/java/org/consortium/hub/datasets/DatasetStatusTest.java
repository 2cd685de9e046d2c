package org.consortium.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.datasets.Datasets.approvedDataset;
import static org.consortium.hub.datasets.Datasets.decideAlone;
import static org.consortium.hub.datasets.Datasets.evaluate;
import static org.consortium.hub.governance.Governance.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Suspension, reinstatement and retirement by vote, and the service API the indicators
 * slice builds on ({@link DatasetService#currentPolicy}, {@link DatasetService#approvedDatasets}).
 */
@QuarkusTest
class DatasetStatusTest {

    @Inject
    DatasetService datasets;

    @Test
    void suspendedThenReinstatedThenRetired() {
        String id = approvedDataset("status");
        as("admin").contentType("application/json").body("{}")
                .when().post("/api/v1/datasets/" + id + "/suspension").then().statusCode(201)
                .body("motionKind", equalTo("SUSPEND_DATASET"));
        // The committee's motion is closed early (no quorum): no change; a body that can vote decides.
        String open = as("analyst").when().get("/api/v1/datasets/" + id).then().extract().path("openMotionId");
        as("admin").when().post("/api/v1/motions/" + open + "/close").then().statusCode(200);
        decideAlone("SUSPEND_DATASET", id, "YES");
        as("analyst").when().get("/api/v1/datasets/" + id).then().body("status", equalTo("SUSPENDED"));
        evaluate("analyst", id, "MARKETING", "YEAR", "REGION").statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyEffect", equalTo("PERMIT"))
                .body("reasons[0]", containsString("The dataset is SUSPENDED"));

        decideAlone("APPROVE_DATASET", id, "YES");
        as("analyst").when().get("/api/v1/datasets/" + id).then().body("status", equalTo("APPROVED"))
                .body("policyVersion", equalTo(1));

        decideAlone("RETIRE_DATASET", id, "YES");
        as("analyst").when().get("/api/v1/datasets/" + id).then().body("status", equalTo("RETIRED"));
        as("orgadmin").contentType("application/json").body("{}")
                .when().post("/api/v1/datasets/" + id + "/retirement").then().statusCode(409);
        // A retired dataset keeps the policy it had, for provenance.
        as("analyst").when().get("/api/v1/datasets/" + id + "/policy").then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void onlyTheOwnerOrTheSecretariatAsksForSuspension() {
        as("analyst").contentType("application/json").body("{}")
                .when().post("/api/v1/datasets/opera-sud-billetterie/suspension").then().statusCode(403);
        as("orgadmin").contentType("application/json").body("{}")
                .when().post("/api/v1/datasets/opera-sud-billetterie/retirement").then().statusCode(403);
    }

    @Test
    @TestTransaction
    void theIndicatorsApiBindsApprovedDatasetsToTheirPolicyInForce() {
        assertThat(datasets.approvedDatasets()).extracting(d -> d.id)
                .contains("theatre-du-nord-billetterie", "opera-sud-billetterie", "scene-nationale-loire-billetterie")
                .doesNotContain("festival-des-remparts-billetterie");
        PolicyBinding binding = datasets.currentPolicy("opera-sud-billetterie").orElseThrow();
        assertThat(binding.ownerOrganisationId()).isEqualTo("opera-sud");
        assertThat(binding.version()).isEqualTo(1);
        assertThat(binding.policy().policyId()).isEqualTo("opera-sud-billetterie");
        assertThat(binding.policy().version()).isEqualTo(1);
        assertThat(binding.adoptedByDecisionSeq()).isNotNull();
        assertThat(binding.approvedOn()).isNotNull();
        assertThat(datasets.currentPolicy("festival-des-remparts-billetterie")).isEmpty();
        assertThat(datasets.currentPolicy("no-such-dataset")).isEmpty();
    }
}
