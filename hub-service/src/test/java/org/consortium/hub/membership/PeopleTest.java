package org.consortium.hub.membership;

import static io.restassured.RestAssured.given;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An org-admin manages who acts for its organisation; nobody else's but a hub-admin may. */
@QuarkusTest
class PeopleTest {

    @Test
    void anOrgAdminAddsAPersonWhoCanThenSignIn() {
        String subject = unique("sam");
        as("orgadmin").contentType("application/json")
                .body("{\"roles\": [\"contributor\", \"analyst\"], \"displayName\": \"Sam\", \"password\": \"" + subject + "-secret\"}")
                .when().put("/api/v1/organisations/theatre-du-nord/people/" + subject)
                .then().statusCode(200)
                .body("roles", equalTo(List.of("contributor", "analyst")))
                .body("localAccount", equalTo(true));

        given().auth().preemptive().basic(subject, subject + "-secret").when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisationId", equalTo("theatre-du-nord"))
                .body("roles", containsInAnyOrder("analyst", "contributor"));

        as("orgadmin").when().get("/api/v1/organisations/theatre-du-nord/people")
                .then().statusCode(200).body("subject", hasItem(subject)).body("subject", hasItem("orgadmin"));

        as("orgadmin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put("/api/v1/organisations/theatre-du-nord/people/" + subject)
                .then().statusCode(200).body("roles", equalTo(List.of("analyst")));
        given().auth().preemptive().basic(subject, subject + "-secret").when().get("/api/v1/me")
                .then().body("roles", equalTo(List.of("analyst")));

        as("orgadmin").when().delete("/api/v1/organisations/theatre-du-nord/people/" + subject).then().statusCode(204);
        as("orgadmin").when().get("/api/v1/organisations/theatre-du-nord/people/" + subject).then().statusCode(404);
        given().auth().preemptive().basic(subject, subject + "-secret").when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aPersonWithoutPasswordIsRecordedForTheIdentityProvider() {
        String subject = unique("oidc-subject");
        as("admin").contentType("application/json").body("{\"roles\": [\"org-admin\"]}")
                .when().put("/api/v1/organisations/opera-sud/people/" + subject)
                .then().statusCode(200).body("roles", equalTo(List.of("org-admin"))).body("localAccount", equalTo(false));
    }

    @Test
    void onlyTheOrganisationsOwnOrgAdminsManageItsPeople() {
        as("orgadmin").when().get("/api/v1/organisations/opera-sud/people")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("org-admin acting for 'opera-sud'"));
        as("contributor").contentType("application/json").body("{\"roles\": [\"org-admin\"]}")
                .when().put("/api/v1/organisations/theatre-du-nord/people/contributor")
                .then().statusCode(403);
    }

    @Test
    void theLastOrgAdminKeepsTheRoleUntilAnotherHasIt() {
        String org = "/api/v1/organisations/reseau-scenes-ouest/people/";
        String first = unique("first-admin");
        String second = unique("second-admin");
        as("admin").contentType("application/json").body("{\"roles\": [\"org-admin\"]}")
                .when().put(org + first).then().statusCode(200);
        as("admin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put(org + first)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("last org-admin of 'reseau-scenes-ouest'"));
        as("admin").when().delete(org + first).then().statusCode(409);

        as("admin").contentType("application/json").body("{\"roles\": [\"org-admin\", \"analyst\"]}")
                .when().put(org + second).then().statusCode(200);
        as("admin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put(org + first).then().statusCode(200).body("roles", equalTo(List.of("analyst")));
        as("admin").when().delete(org + second).then().statusCode(409);
        as("admin").when().delete(org + first).then().statusCode(204);
    }

    @Test
    void aPersonActsForOneOrganisation() {
        as("admin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put("/api/v1/organisations/opera-sud/people/orgadmin")
                .then().statusCode(409).body("detail", containsString("acts for another organisation"));
        as("orgadmin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put("/api/v1/organisations/theatre-du-nord/people/admin")
                .then().statusCode(409);
    }

    @Test
    void badRolesAndUnknownOrganisationsAreRefused() {
        as("admin").contentType("application/json").body("{\"roles\": [\"hub-admin\"]}")
                .when().put("/api/v1/organisations/opera-sud/people/" + unique("x"))
                .then().statusCode(400).body("detail", containsString("'hub-admin' is not one of org-admin, contributor, analyst"));
        as("admin").contentType("application/json").body("{\"roles\": []}")
                .when().put("/api/v1/organisations/opera-sud/people/" + unique("x"))
                .then().statusCode(400).body("violations[0].field", equalTo("roles"));
        as("admin").contentType("application/json").body("{\"roles\": [\"analyst\"]}")
                .when().put("/api/v1/organisations/no-such-org/people/" + unique("x"))
                .then().statusCode(404);
    }
}
