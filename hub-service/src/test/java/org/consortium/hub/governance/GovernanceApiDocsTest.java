package org.consortium.hub.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The governance endpoints are in the OpenAPI document, with summaries and request examples. */
@QuarkusTest
class GovernanceApiDocsTest {

    @Test
    void governanceEndpointsAreDocumented() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/motions/{id}/ballots'.post.summary", equalTo("Cast a ballot"))
                .body("paths.'/api/v1/bodies/{id}/rules'.put.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/decisions/verify'.get.summary", equalTo("Verify the hash chain"))
                .body("paths.'/api/v1/organisations/{id}/people/{subject}'.put", notNullValue())
                .body("paths.'/api/v1/organisations/{id}/suspension'.post.summary", containsString("hub-admin"))
                .body("components.schemas.MotionRequest.examples", notNullValue());
    }
}
