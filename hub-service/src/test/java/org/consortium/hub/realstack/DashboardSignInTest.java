package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A person signs in to the dashboard through the real Keycloak: the hub redirects to the
 * realm with PKCE (S256), the login form accepts the demo user, and the hub exchanges the code
 * for a session and greets the person with the roles and organisation of their token.
 */
@QuarkusTest
@Tag("real-stack")
class DashboardSignInTest {

    /** Cookies of one party (the hub, or Keycloak), as a browser would keep them. */
    static final class Jar {
        final Map<String, String> cookies = new LinkedHashMap<>();

        Response keep(Response r) {
            r.getDetailedCookies().asList().forEach(c -> {
                if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
            return r;
        }
    }

    @Test
    void aDemoUserSignsInWithPkceAndIsGreeted() {
        // 127.0.0.1: the dashboard client's redirect URIs allow any port on the loopback address.
        String hub = "http://127.0.0.1:" + RestAssured.port;
        Jar hubJar = new Jar();
        Jar keycloakJar = new Jar();

        Response challenge = hubJar.keep(given().redirects().follow(false).when().get(hub + "/dashboard"));
        assertThat(challenge.statusCode()).isEqualTo(302);
        String authorize = challenge.header("Location");
        assertThat(authorize).startsWith(KeycloakTokens.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=hub-dashboard", "code_challenge_method=S256", "code_challenge=");

        Response loginPage = keycloakJar.keep(given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get(authorize));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.asString());
        assertThat(action.find()).as("login form").isTrue();

        Response loggedIn = keycloakJar.keep(given().redirects().follow(false).urlEncodingEnabled(false)
                .cookies(keycloakJar.cookies)
                .formParam("username", "orgadmin").formParam("password", "orgadmin-pass")
                .when().post(action.group(1).replace("&amp;", "&")));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        String back = loggedIn.header("Location");
        assertThat(back).startsWith(hub + "/dashboard").contains("code=");

        // The hub exchanges the code (with the PKCE verifier) and redirects to the page itself.
        String next = back;
        Response page = null;
        for (int hops = 0; hops < 4; hops++) {
            page = hubJar.keep(given().redirects().follow(false).urlEncodingEnabled(false)
                    .cookies(hubJar.cookies).when().get(next));
            if (page.statusCode() != 302) {
                break;
            }
            String location = page.header("Location");
            next = location.startsWith("/") ? hub + location : location;
            assertThat(URI.create(next).getPath()).startsWith("/dashboard");
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("Welcome, ")
                .contains("Organisation: theatre-du-nord")
                .contains("Roles: org-admin");
    }
}
