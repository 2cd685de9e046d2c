package org.consortium.hub.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of bad request answers a precise application/problem+json, never a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    private static String application(String name) {
        return """
                {"legalName": "%s", "kind": "COMPANY", "college": "companies", "regionCode": "76",
                 "departmentCode": "31", "contactEmail": "contact@example.org"}""".formatted(name);
    }

    @Test
    void malformedJsonNamesTheSyntaxError() {
        admin().contentType("application/json").body("{\"legalName\": ")
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", startsWith("Malformed JSON"))
                .body("detail", containsString("line 1"))
                .body("instance", equalTo("/api/v1/organisations"))
                .body(not(containsString("at org.")));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        admin().contentType("application/json")
                .body("{\"legalName\": \"\", \"kind\": \"VENUE\", \"regionCode\": \"7\", \"departmentCode\": \"99999\", \"contactEmail\": \"not-an-email\"}")
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("violations", hasSize(4))
                .body("violations.field", hasItem("legalName"))
                .body("violations.field", hasItem("regionCode"))
                .body("violations.field", hasItem("departmentCode"))
                .body("violations.field", hasItem("contactEmail"))
                .body("detail", containsString("regionCode: must be a two-digit INSEE region code"));
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        admin().contentType("application/json")
                .body(application("Bad kind").replace("COMPANY", "CIRCUS_TENT"))
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("detail", containsString("'CIRCUS_TENT' is not one of [VENUE, COMPANY"));
    }

    @Test
    void unknownFieldIsNamed() {
        admin().contentType("application/json")
                .body(application("Extra field").replace("\"kind\"", "\"birthDate\": \"1970-01-01\", \"kind\""))
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("birthDate"))
                .body("detail", containsString("unknown field 'birthDate'"));
    }

    @Test
    void missingBodyIsAValidationProblem() {
        admin().contentType("application/json")
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("a JSON body is required"));
    }

    @Test
    void wrongContentTypeIs415() {
        admin().contentType("text/plain").body("hello")
                .when().post("/api/v1/organisations")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void duplicateApplicationIsAConflict() {
        String name = "Compagnie " + UUID.randomUUID();
        admin().contentType("application/json").body(application(name))
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/compagnie-"))
                .body("status", equalTo("APPLICANT"));
        admin().contentType("application/json").body(application(name))
                .when().post("/api/v1/organisations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("already exists"));
    }

    @Test
    void unknownIdIs404WithTheId() {
        admin().when().get("/api/v1/organisations/no-such-org")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Organisation 'no-such-org' does not exist"));
    }

    @Test
    void unknownRouteIs404() {
        admin().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No resource at /api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIs405() {
        admin().when().delete("/api/v1/organisations")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAre400() {
        admin().when().get("/api/v1/organisations?kind=CASTLE")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"))
                .body("detail", containsString("'CASTLE' is not one of"));
        admin().when().get("/api/v1/organisations?size=500")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void listFiltersAndPages() {
        admin().when().get("/api/v1/organisations?kind=venue&status=MEMBER&size=2")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", not(hasItem("COMPANY")))
                .body("total", equalTo(4));
    }
}
