package org.consortium.hub.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contributor and analyst rights end with membership, on the very next request: the
 * organisation's status is read at every sign-in (MemberStandingAugmentor), whatever the
 * credentials still say. Other roles stay.
 */
@QuarkusTest
class MemberStandingTest {

    static ValidatableResponse me(String user) {
        return given().auth().preemptive().basic(user, user + "-pass").when().get("/api/v1/me").then();
    }

    static void setStatus(String organisation, OrganisationStatus status) {
        QuarkusTransaction.requiringNew().run(() ->
                Organisation.update("status = ?1 where id = ?2", status, organisation));
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationStatus.class, names = {"SUSPENDED", "WITHDRAWN"})
    void aSuspendedOrWithdrawnMemberLosesAnalystAndContributorRightsAtOnce(OrganisationStatus status) {
        me("analyst").statusCode(200).body("roles", hasItem("analyst"));
        setStatus("opera-sud", status);
        setStatus("theatre-du-nord", status);
        try {
            me("analyst").statusCode(200)
                    .body("organisationId", equalTo("opera-sud"))
                    .body("roles", not(hasItem("analyst")));
            me("contributor").statusCode(200).body("roles", not(hasItem("contributor")));
            given().auth().preemptive().basic("contributor", "contributor-pass").contentType("application/json")
                    .body("[]")
                    .when().post("/api/v1/datasets/theatre-du-nord-billetterie/contributions")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString(status.name().toLowerCase()));
            // The org-admin still manages the organisation's people.
            me("orgadmin").statusCode(200).body("roles", hasItem("org-admin"));
        } finally {
            setStatus("opera-sud", OrganisationStatus.MEMBER);
            setStatus("theatre-du-nord", OrganisationStatus.MEMBER);
        }
        me("analyst").statusCode(200).body("roles", hasItem("analyst"));
        me("contributor").statusCode(200).body("roles", hasItem("contributor"));
    }

    @Test
    void hubWideRolesHaveNoOrganisationAndKeepTheirRoles() {
        me("admin").statusCode(200).body("roles", hasItem("hub-admin")).body("organisationId", equalTo(null));
    }
}
