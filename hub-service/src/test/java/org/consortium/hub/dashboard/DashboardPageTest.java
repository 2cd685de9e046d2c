package org.consortium.hub.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.indicators.IndicatorFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over plain HTTP in the embedded mode: form sign-in with the local accounts,
 * the page in English and French, withheld cells shown with their reason and never a value,
 * the CSV download, and the assets (ECharts from its webjar, the page's script) served by the
 * hub. The browser drives it in DashboardBrowserTest.
 */
@QuarkusTest
@Tag("embedded-only")
class DashboardPageTest {

    static final String YEAR_2019 = "from=2019-01&to=2019-12";

    @Inject
    DatasetSeeds seeds;

    @BeforeEach
    void fixture() {
        IndicatorFixture.load(seeds);
    }

    /** Signs in through the form and returns the session cookie. */
    static String signIn(String user, String password) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password)
                .when().post("/j_security_check");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).doesNotContain("error");
        String session = r.getCookie("hub-session");
        assertThat(session).isNotBlank();
        return session;
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() {
        given().redirects().follow(false).when().get("/dashboard")
                .then().statusCode(302).header("Location", endsWith("/dashboard/login"));
        given().header("Accept-Language", "fr-FR,fr;q=0.9").when().get("/dashboard/login")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("Connexion au tableau de bord des publics"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheErrorPage() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "analyst").formParam("j_password", "not-the-password")
                .when().post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/dashboard/login?error=true"));
        given().when().get("/dashboard/login?error=true&lang=en")
                .then().statusCode(200).body(containsString("Unknown user name or wrong password."));
    }

    @Test
    void aSignedInAnalystSeesChartsTableProvenanceAndTheWithheldCellWithItsReason() {
        String session = signIn(IndicatorFixture.freshAnalyst("analyst-dashboard-page"), IndicatorFixture.PASSWORD);
        String html = given().cookie("hub-session", session)
                .when().get("/dashboard?lang=en&" + YEAR_2019 + "&indicator=tickets&by=genre")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Language", "en")
                .body(containsString("Welcome, analyst-dashboard-page"))
                .body(containsString("Organisation: opera-sud"))
                .body(containsString("Roles: analyst"))
                .body(containsString("/webjars/echarts/dist/echarts.min.js"))
                .body(containsString("id=\"chart-tickets-month\""))
                .body(containsString("id=\"chart-tariff-mix\""))
                .body(containsString("Number of tickets issued (paid and free)"))
                .body(containsString("opera-sud-billetterie"))
                .body(containsString("id=\"disclosure-rules\""))
                .extract().asString();
        // Circus in 2019: two venues, so withheld with the frequency rule; its 65 tickets never appear.
        int row = html.indexOf("data-cell=\"genre=circus\"");
        assertThat(row).isPositive();
        String circus = html.substring(row, html.indexOf("</tr>", row));
        assertThat(circus).contains("class=\"suppressed\"", "data-status=\"A\"", "Suppressed (A)", "fewer than 3")
                .doesNotContain("65");

        // The same page in French, from the browser's language.
        given().cookie("hub-session", session).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .when().get("/dashboard?" + YEAR_2019)
                .then().statusCode(200).header("Content-Language", "fr")
                .body(containsString("Tableau de bord des publics"))
                .body(containsString("Masquée (A)"))
                .body(containsString("Nombre de billets émis"));
    }

    @Test
    void theCsvDownloadHasTheTableOfThePage() {
        String session = signIn(IndicatorFixture.freshAnalyst("analyst-dashboard-csv"), IndicatorFixture.PASSWORD);
        given().cookie("hub-session", session)
                .when().get("/dashboard/table.csv?" + YEAR_2019 + "&purpose=MARKETING&indicator=tickets&by=genre")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("genre,total,value,status,reason"))
                .body(containsString("circus,false,,A,"))
                .body(not(containsString("circus,false,65")));
    }

    @Test
    void aBadFilterIsExplainedOnThePage() {
        String session = signIn("analyst", "analyst-pass");
        given().cookie("hub-session", session).when().get("/dashboard?lang=en&from=2019-12&to=2019-01")
                .then().statusCode(200).body(containsString("id=\"error\"")).body(containsString("must not be before"));
    }

    @Test
    void signingOutForgetsTheSession() {
        String session = signIn("analyst", "analyst-pass");
        given().redirects().follow(false).cookie("hub-session", session).when().post("/dashboard/logout")
                .then().statusCode(303).header("Location", endsWith("/dashboard/login"))
                .header("Set-Cookie", containsString("hub-session=")).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void theHubServesEChartsAndThePageScriptItself() {
        given().when().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200)
                .body(containsString("echarts"));
        given().when().get("/assets/dashboard.js").then().statusCode(200).body(containsString("hubCharts"));
        given().when().get("/assets/dashboard.css").then().statusCode(200);
    }
}
