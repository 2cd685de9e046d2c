package org.consortium.hub.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The placeholder dashboard page is for signed-in people only and greets them. Embedded mode
 * (HTTP Basic); in the production build the dashboard takes the code flow only
 * (realstack.DashboardSignInTest).
 */
@QuarkusTest
@Tag("embedded-only")
class DashboardTest {

    @Test
    void greetsTheSignedInPersonWithOrganisationAndRoles() {
        given().auth().preemptive().basic("orgadmin", "orgadmin-pass")
                .when().get("/dashboard")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("Welcome, orgadmin"))
                .body(containsString("Organisation: theatre-du-nord"))
                .body(containsString("Roles: org-admin"));
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() {
        given().redirects().follow(false)
                .when().get("/dashboard")
                .then().statusCode(401);
    }
}
