package org.consortium.hub.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The embedded mode's demo accounts sign in over HTTP Basic, one per role. */
@QuarkusTest
@Tag("embedded-only")
class LocalAccountsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "admin, admin-pass, hub-admin, none",
            "committee, committee-pass, committee, none",
            "orgadmin, orgadmin-pass, org-admin, theatre-du-nord",
            "contributor, contributor-pass, contributor, theatre-du-nord",
            "analyst, analyst-pass, analyst, opera-sud"})
    void eachDemoUserSignsInWithItsRoleAndOrganisation(String user, String password, String role, String org) {
        given().auth().preemptive().basic(user, password)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(user))
                .body("roles", contains(role))
                .body("organisationId", org == null ? nullValue() : equalTo(org))
                .body("authentication", equalTo("local"));
    }

    @Test
    void wrongPasswordIsRefusedWithProblemJson() {
        given().auth().preemptive().basic("admin", "not-the-password")
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Basic realm=\"consortium-hub\""))
                .body("type", equalTo("/problems/unauthenticated"))
                .body("detail", equalTo("The credentials or token were refused"));
    }

    @Test
    void anonymousCallerIsAskedToAuthenticate() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
