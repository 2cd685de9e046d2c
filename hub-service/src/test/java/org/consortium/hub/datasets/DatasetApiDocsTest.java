package org.consortium.hub.datasets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The dataset and policy endpoints are in the OpenAPI document, with summaries and request examples. */
@QuarkusTest
class DatasetApiDocsTest {

    @Test
    void datasetEndpointsAreDocumented() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/datasets'.post.summary", containsString("org-admin"))
                .body("paths.'/api/v1/datasets/{id}/policy-changes'.post", notNullValue())
                .body("paths.'/api/v1/datasets/{id}/policy'.get.parameters.name", hasItem("format"))
                .body("paths.'/api/v1/datasets/{id}/policy/versions'.get", notNullValue())
                .body("paths.'/api/v1/policy/evaluate'.post.summary", containsString("May I see"))
                .body("components.schemas.DatasetProposal.examples", notNullValue())
                .body("components.schemas.EvaluationRequest.examples", notNullValue());
    }
}
