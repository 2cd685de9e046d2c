package org.consortium.hub.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.membership.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Touring and the production breakdown. In October 2018 one production (same work, same
 * title, same season, hence one hub id) tours the four fixture venues, and another plays in
 * two of them only; in 2017 two productions play in two venues each until a hub-admin merges
 * them. Figures are compared with what the fixture sent and with the venues' regions.
 */
@QuarkusTest
class TouringTest {

    static final List<String> VENUES = List.of("theatre-du-nord", "opera-sud", "scene-nationale-loire",
            IndicatorFixture.COMPANY);
    static final Map<String, String> USERS = Map.of("theatre-du-nord", "fixture-nord", "opera-sud", "fixture-opera",
            "scene-nationale-loire", "fixture-loire", IndicatorFixture.COMPANY, "fixture-company");
    static final long[] TOUR_TICKETS = {300, 320, 340, 360};
    static final String YEAR_2018 = "&from=2018-01&to=2018-12";
    static final String YEAR_2017 = "&from=2017-01&to=2017-12";

    private static boolean loaded;

    @Inject
    DatasetSeeds seeds;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void fixture() {
        IndicatorFixture.load(seeds);
        synchronized (TouringTest.class) {
            if (loaded) {
                return;
            }
            for (int i = 0; i < VENUES.size(); i++) {
                send(VENUES.get(i), "tour-2018", "2018-10-1" + i, "Les Bonnes", TOUR_TICKETS[i]);
                if (i < 2) {
                    send(VENUES.get(i), "duo-2018", "2018-11-0" + (i + 1), "Quartett", 200);
                }
                send(VENUES.get(i), "half-2017", "2017-03-1" + i, i < 2 ? "Fin de partie" : "Oh les beaux jours", 150);
            }
            Releases.build();
            loaded = true;
        }
    }

    @Test
    void aProductionSeenInFourVenuesHasItsVenuesAndRegionsCounted() {
        JsonPath venues = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-touring"),
                "touring-venues?purpose=MARKETING" + YEAR_2018);
        Map<String, Object> tour = IndicatorsTest.cell(venues, "production", production("tour-2018"));
        assertThat(tour.get("status")).isEqualTo("V");
        assertThat(((Number) tour.get("value")).intValue()).isEqualTo(VENUES.size());

        JsonPath regions = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-touring-regions"),
                "touring-regions?purpose=MARKETING" + YEAR_2018);
        Set<String> expected = new TreeSet<>();
        QuarkusTransaction.requiringNew().run(() -> VENUES.forEach(v -> expected.add(
                String.valueOf(Organisation.<Organisation>findById(v).regionCode))));
        assertThat(((Number) IndicatorsTest.cell(regions, "production", production("tour-2018")).get("value"))
                .intValue()).isEqualTo(expected.size());
    }

    @Test
    void aProductionSeenInTwoVenuesIsWithheld() {
        JsonPath venues = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-duo"),
                "touring-venues?purpose=MARKETING" + YEAR_2018);
        Map<String, Object> duo = IndicatorsTest.cell(venues, "production", production("duo-2018"));
        assertThat(duo.get("status")).isEqualTo("A");
        assertThat(duo).doesNotContainKey("value").containsKey("reason");
    }

    @Test
    void ticketsBreakDownByProductionAndEveryRollupGivesTheSameTotal() {
        JsonPath byProduction = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-production"),
                "tickets?purpose=MARKETING&groupBy=production&from=2018-10&to=2018-10");
        long tour = 0;
        for (long t : TOUR_TICKETS) {
            tour += t;
        }
        // October's tour is the whole of October, and the tour's figure for the fourth quarter too:
        // with the quarter's total it would give November's two-venue production, so it is withheld.
        Map<String, Object> tourInOctober = IndicatorsTest.cell(byProduction, "production", production("tour-2018"));
        assertThat(tourInOctober.get("status")).isEqualTo("D");
        // 2017: four venues of equal size in March, nothing around it: its total is published, and
        // is the same read from every rollup.
        JsonPath tickets2017 = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-production-2017"),
                "tickets?purpose=MARKETING" + YEAR_2017);
        Map<String, Object> yearCell = tickets2017.<Map<String, Object>>getList("cells").get(0);
        assertThat(yearCell.get("status")).as(yearCell.toString()).isEqualTo("V");
        long year = ((Number) yearCell.get("value")).longValue();
        assertThat(year).isEqualTo(VENUES.size() * 150L);
        // The same year read through the tariff, age-band and buyers' department rollups: the same total.
        for (String indicator : List.of("audience-by-tariff", "audience-by-age-band", "audience-by-department")) {
            JsonPath table = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-" + indicator),
                    indicator + "?purpose=MARKETING" + YEAR_2017);
            Map<String, Object> total = table.<Map<String, Object>>getList("cells").stream()
                    .filter(c -> Boolean.TRUE.equals(c.get("total"))).findFirst().orElseThrow();
            assertThat(((Number) total.get("value")).longValue()).as(indicator).isEqualTo(year);
        }
    }

    @Test
    void mergedProductionsAnswerAsOne() throws Exception {
        String first = production("half-2017", "theatre-du-nord");
        String second = production("half-2017", "scene-nationale-loire");
        assertThat(first).isNotEqualTo(second);
        JsonPath before = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-before-merge"),
                "touring-venues?purpose=MARKETING" + YEAR_2017);
        assertThat(IndicatorsTest.cell(before, "production", first).get("status")).isEqualTo("A");

        given().auth().preemptive().basic("admin", "admin-pass")
                .when().post("/api/v1/productions/" + second + "/merge-into/" + first)
                .then().statusCode(200);
        Releases.build();
        JsonPath after = IndicatorsTest.ask(IndicatorFixture.freshAnalyst("analyst-after-merge"),
                "touring-venues?purpose=MARKETING" + YEAR_2017);
        Map<String, Object> merged = IndicatorsTest.cell(after, "production", first);
        assertThat(merged.get("status")).isEqualTo("V");
        assertThat(((Number) merged.get("value")).intValue()).isEqualTo(VENUES.size());
        assertThat(after.getList("cells.coordinates.production")).doesNotContain(second);
    }

    /** The hub id the fixture's performance of this venue (Théâtre du Nord by default) was given. */
    private String production(String performance) {
        return production(performance, "theatre-du-nord");
    }

    private String production(String performance, String venue) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select production_id from performance_identifier where dataset_id = ? and record_id = ?")) {
            ps.setString(1, venue + "-billetterie");
            ps.setString(2, "touring-" + performance);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("production of " + performance + " at " + venue).isTrue();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One performance of a production of this play, and its full-price tickets. */
    private static void send(String org, String performance, String day, String play, long tickets) {
        String dataset = org + "-billetterie";
        String id = "touring-" + performance;
        String body = """
                [{"datasetId":"%1$s","contributorOrg":"%2$s","recordType":"performance","recordId":"%3$s","version":1,
                  "schemaVersion":"1.0","payload":{"production":{"title":"%4$s"},
                  "work":{"title":"%4$s","authors":["Fixture Author"],"type":"play","yearOfFirstPerformance":1950},
                  "venue":{"hallName":"Salle","capacity":800},"startDateTime":"%5$sT20:00:00+02:00","genre":"theatre",
                  "youngAudience":false,"coProduction":false}},
                 {"datasetId":"%1$s","contributorOrg":"%2$s","recordType":"attendance","recordId":"%3$s-full","version":1,
                  "schemaVersion":"1.0","payload":{"performanceRecordId":"%3$s","tariffCategory":"full","tickets":%6$d,
                  "revenueCents":%7$d,"currency":"EUR","buyerDepartment":"75","ageBand":"35-49","firstTimeBuyers":0}}]"""
                .formatted(dataset, org, id, play, day, tickets, tickets * 2000);
        String user = USERS.get(org);
        String receipt = given().auth().preemptive().basic(user, IndicatorFixture.PASSWORD).contentType("application/json")
                .body(body).when().post("/api/v1/datasets/" + dataset + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(2)).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().preemptive().basic(user, IndicatorFixture.PASSWORD).when().get("/api/v1/receipts/" + receipt)
                        .then().body("status", equalTo("COMPLETE")));
    }
}
