package org.consortium.hub.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The placeholder dashboard page is for signed-in people only and greets them. */
@QuarkusTest
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

    /** In the production build an anonymous browser is sent to Keycloak instead (DashboardSignInTest). */
    @Test
    @Tag("embedded-only")
    void anonymousVisitorsAreAskedToSignIn() {
        given().redirects().follow(false)
                .when().get("/dashboard")
                .then().statusCode(401);
    }
}
