package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens from the real Keycloak: what the hub takes from them, and every way a token
 * must be refused (401 problem+json): none, expired, another issuer, wrong audience, tampered,
 * forged, unsigned. And a suspended member's tokens losing contributor and analyst rights at once.
 */
@QuarkusTest
@Tag("real-stack")
class OidcTokensTest {

    static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me").then();
    }

    static void refused(ValidatableResponse answer) {
        var response = answer.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"))
                .body("status", equalTo(401))
                .extract();
        assertThat(response.headers().getValues("WWW-Authenticate")).contains("Bearer realm=\"consortium-hub\"");
    }

    @Test
    void userTokensCarryRolesAndOrganisation() {
        assertThat(KeycloakTokens.payload(KeycloakTokens.token("contributor"))).contains("\"aud\":[");
        me(KeycloakTokens.token("contributor")).statusCode(200)
                .body("authentication", equalTo("oidc"))
                .body("roles", hasItem("contributor"))
                .body("organisationId", equalTo("theatre-du-nord"));
        me(KeycloakTokens.token("admin")).statusCode(200)
                .body("roles", hasItem("hub-admin"))
                .body("organisationId", equalTo(null));
    }

    @Test
    void sdkTokensWithASingleStringAudienceAreAccepted() {
        assertThat(KeycloakTokens.payload(KeycloakTokens.token("sdk-opera-sud"))).contains("\"aud\":\"hub-service\"");
        me(KeycloakTokens.token("sdk-opera-sud")).statusCode(200)
                .body("roles", hasItem("contributor"))
                .body("organisationId", equalTo("opera-sud"));
    }

    @Test
    void noTokenIsRefused() {
        refused(given().when().get("/api/v1/me").then());
        refused(given().when().get("/api/v1/organisations").then());
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        // hub-test-short-lived issues access tokens that live 5 s (deploy/keycloak/consortium-realm.json).
        String token = KeycloakTokens.password("hub-test-short-lived", "hub-test-secret", "contributor");
        me(token).statusCode(200);
        long expiresAt = Long.parseLong(KeycloakTokens.payload(token).replaceAll(".*\"exp\":(\\d+).*", "$1"));
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 1_500);
        refused(me(token));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        // The master realm of the same Keycloak: another issuer and other signing keys.
        String master = KeycloakTokens.issuer().replaceAll("/realms/[^/]+$", "/realms/master");
        String token = given().baseUri(KeycloakTokens.tokenEndpoint(master))
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", System.getProperty("keycloak.admin.user", "admin"))
                .formParam("password", System.getProperty("keycloak.admin.password", "admin"))
                .when().post().then().statusCode(200).extract().path("access_token");
        refused(me(token));
    }

    @Test
    void aTokenWithoutTheHubAudienceIsRefused() {
        String token = KeycloakTokens.password("hub-test-no-audience", "hub-test-secret", "contributor");
        assertThat(KeycloakTokens.payload(token)).doesNotContain("hub-service");
        refused(me(token));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = KeycloakTokens.token("contributor");
        String payload = KeycloakTokens.payload(token);
        assertThat(payload).contains("\"member_org\":\"theatre-du-nord\"");
        refused(me(KeycloakTokens.withPayload(token, payload.replace("theatre-du-nord", "opera-sud"))));
        // The signature itself altered, payload untouched.
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String sig = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        refused(me(parts[0] + "." + parts[1] + "." + sig));
    }

    @Test
    void aTokenSignedWithAnotherKeyOrUnsignedIsRefused() throws Exception {
        String real = KeycloakTokens.token("admin");
        String payload = KeycloakTokens.payload(real);
        String header = new String(Base64.getUrlDecoder().decode(real.split("\\.")[0]), StandardCharsets.UTF_8);
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        refused(me(sign(header, payload, keys.generateKeyPair().getPrivate())));
        refused(me(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + "."));
    }

    @Test
    void aSuspendedMembersTokensLoseContributorAndAnalystRightsAtOnce() {
        String analyst = KeycloakTokens.token("analyst");
        String sdk = KeycloakTokens.token("sdk-opera-sud");
        me(analyst).statusCode(200).body("roles", hasItem("analyst"));
        setStatus("opera-sud", OrganisationStatus.SUSPENDED);
        try {
            me(analyst).statusCode(200)
                    .body("organisationId", equalTo("opera-sud"))
                    .body("roles", not(hasItem("analyst")));
            me(sdk).statusCode(200).body("roles", not(hasItem("contributor")));
            given().auth().oauth2(sdk).contentType("application/json")
                    .body(AuthorizationMatrixTest.batch("opera-sud", "suspended-" + UUID.randomUUID()))
                    .when().post("/api/v1/datasets/opera-sud-billetterie/contributions")
                    .then().statusCode(403).contentType("application/problem+json");
            setStatus("opera-sud", OrganisationStatus.WITHDRAWN);
            me(KeycloakTokens.token("contributor2")).statusCode(200).body("roles", not(hasItem("contributor")));
        } finally {
            setStatus("opera-sud", OrganisationStatus.MEMBER);
        }
        me(analyst).statusCode(200).body("roles", hasItem("analyst"));
        given().auth().oauth2(sdk).contentType("application/json")
                .body(AuthorizationMatrixTest.batch("opera-sud", "readmitted-" + UUID.randomUUID()))
                .when().post("/api/v1/datasets/opera-sud-billetterie/contributions")
                .then().statusCode(202);
    }

    static void setStatus(String organisation, OrganisationStatus status) {
        QuarkusTransaction.requiringNew().run(() ->
                Organisation.update("status = ?1 where id = ?2", status, organisation));
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sign(String header, String payload, PrivateKey key) throws Exception {
        String input = b64(header) + "." + b64(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }
}
