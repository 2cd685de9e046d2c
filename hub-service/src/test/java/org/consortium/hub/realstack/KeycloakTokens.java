package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens from the real Keycloak of the local stack (realm {@code consortium},
 * deploy/keycloak/consortium-realm.json): the password grant on the test-only client
 * {@code hub-test} for people (password {@code <user>-pass}), client credentials for
 * {@code sdk-*} clients (secret {@code <client>-dev-secret}). Tokens are kept for a minute.
 */
final class KeycloakTokens {

    private record Cached(String token, long until) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    /** The realm's issuer, as the hub is configured to trust it. */
    static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    static String tokenEndpoint(String issuer) {
        return issuer + "/protocol/openid-connect/token";
    }

    /** A token for a user (password grant on hub-test) or an SDK client (client credentials). */
    static String token(String who) {
        Cached cached = CACHE.get(who);
        if (cached != null && cached.until() > System.currentTimeMillis()) {
            return cached.token();
        }
        String token = who.startsWith("sdk-") ? clientCredentials(who, who + "-dev-secret") : password("hub-test", "hub-test-secret", who);
        CACHE.put(who, new Cached(token, System.currentTimeMillis() + 60_000));
        return token;
    }

    static String password(String clientId, String secret, String user) {
        return given().baseUri(tokenEndpoint(issuer()))
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("client_secret", secret).formParam("username", user)
                .formParam("password", user + "-pass").formParam("scope", "openid")
                .when().post()
                .then().statusCode(200).extract().path("access_token");
    }

    static String clientCredentials(String clientId, String secret) {
        return given().baseUri(tokenEndpoint(issuer()))
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post()
                .then().statusCode(200).extract().path("access_token");
    }

    /** The decoded payload (JSON) of a JWT. */
    static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same JWT with another payload and the original signature. */
    static String withPayload(String jwt, String payloadJson) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
