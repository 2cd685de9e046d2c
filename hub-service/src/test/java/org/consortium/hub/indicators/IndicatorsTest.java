package org.consortium.hub.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.consortium.hub.datasets.DatasetSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indicators under policy and disclosure control, on figures known in advance (IndicatorFixture). */
@QuarkusTest
class IndicatorsTest {

    static final String YEAR_2019 = "&from=2019-01&to=2019-12";

    @Inject
    DatasetSeeds seeds;

    @BeforeEach
    void fixture() {
        IndicatorFixture.load(seeds);
    }

    static JsonPath ask(String analyst, String query) {
        return given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD)
                .when().get("/api/v1/indicators/" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theCatalogueDefinesEveryIndicator() {
        given().auth().preemptive().basic("analyst", "analyst-pass").when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("name", hasItems("tickets", "revenue", "average-price", "occupancy-rate", "performances",
                        "first-time-share", "audience-by-department", "audience-by-age-band", "audience-by-tariff",
                        "free-share", "touring-venues", "touring-regions"))
                .body("definition", not(hasItem((String) null)));
    }

    @Test
    void aTwoVenueCellIsSuppressedAndCannotBeRecomputedFromTheTotal() {
        // May 2019: dance in four venues, circus in two.
        JsonPath table = ask(IndicatorFixture.freshAnalyst("analyst-genre"),
                "tickets?groupBy=genre&purpose=MARKETING&from=2019-05&to=2019-05");
        Map<String, Object> circus = cell(table, "genre", "circus");
        assertThat(circus.get("status")).isEqualTo("A");
        assertThat(circus).doesNotContainKey("value");
        assertThat((String) circus.get("reason")).contains("fewer than 3");
        Map<String, Object> dance = cell(table, "genre", "dance");
        Map<String, Object> total = cell(table, "genre", "total");
        // Secondary suppression: dance and the total are not both published, or circus = total − dance.
        assertThat(dance.containsKey("value") && total.containsKey("value")).isFalse();
        if (dance.containsKey("value")) {
            assertThat(((Number) dance.get("value")).longValue()).isEqualTo(IndicatorFixture.NORD_DANCE
                    + IndicatorFixture.OPERA_DANCE + IndicatorFixture.LOIRE_DANCE + IndicatorFixture.COMPANY_DANCE);
        }
        assertThat(table.getList("provenance.datasets.datasetId")).contains("theatre-du-nord-billetterie",
                "opera-sud-billetterie", "scene-nationale-loire-billetterie", IndicatorFixture.COMPANY + "-billetterie");
        assertThat(table.getList("provenance.datasets.adoptedByDecision")).doesNotContainNull();
    }

    @Test
    void aCellDominatedByOneVenueIsSuppressedWithStatusB() {
        JsonPath table = ask(IndicatorFixture.freshAnalyst("analyst-dominance"),
                "tickets?groupBy=genre&purpose=MARKETING" + YEAR_2019);
        Map<String, Object> music = cell(table, "genre", "music");
        assertThat(music.get("status")).isEqualTo("B");
        assertThat(music).doesNotContainKey("value");
        assertThat((String) music.get("reason")).contains("85");
    }

    @Test
    void everyIndicatorAnswersForEveryBreakdownItAccepts() {
        String analyst = IndicatorFixture.freshAnalyst("analyst-catalogue");
        List<String> names = given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD)
                .when().get("/api/v1/indicators").then().statusCode(200).extract().path("name");
        List<String> perTicket = List.of("tariff", "age-band", "buyer-department");
        for (String name : names) {
            boolean perPerformance = name.equals("performances") || name.equals("occupancy-rate")
                    || name.startsWith("touring-");
            for (String dim : List.of("", "month", "quarter", "year", "genre", "region", "department", "venue-kind",
                    "tariff", "age-band", "buyer-department", "production")) {
                String query = name + "?purpose=MARKETING" + YEAR_2019 + (dim.isEmpty() ? "" : "&groupBy=" + dim);
                boolean fixed = name.startsWith("audience-by-");
                String fixedDim = name.replace("audience-by-", "").replace("department", "buyer-department");
                boolean crossesAudience = fixed && perTicket.contains(dim) && !dim.equals(fixedDim);
                boolean refused = (perPerformance && perTicket.contains(dim)) || crossesAudience;
                var response = given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD)
                        .when().get("/api/v1/indicators/" + query).then();
                if (refused) {
                    response.statusCode(400).contentType("application/problem+json");
                    continue;
                }
                if (fixed && dim.equals(fixedDim)) {
                    response.statusCode(200);
                    continue;
                }
                JsonPath table = response.statusCode(200).extract().jsonPath();
                for (Map<String, Object> c : table.<Map<String, Object>>getList("cells")) {
                    assertThat(c.get("status")).as(query).isIn("V", "A", "B", "D");
                    assertThat(c.containsKey("value") == "V".equals(c.get("status")) || c.get("value") == null)
                            .as(query + ": a value only on publishable cells").isTrue();
                    if (!"V".equals(c.get("status"))) {
                        assertThat(c).as(query).doesNotContainKey("value").containsKey("reason");
                    }
                }
                assertThat(table.getList("provenance.datasets")).as(query).isNotEmpty();
            }
        }
    }

    @Test
    void aPublishableTotalCarriesItsValue() {
        JsonPath table = ask(IndicatorFixture.freshAnalyst("analyst-total"),
                "tickets?purpose=MARKETING&from=2015-01&to=2015-12");
        Map<String, Object> total = table.getList("cells", Map.class).get(0);
        assertThat(total.get("status")).isEqualTo("V");
        assertThat(((Number) total.get("value")).longValue())
                .isEqualTo(java.util.Arrays.stream(IndicatorFixture.THEATRE_2015).sum());
        assertThat(table.getLong("provenance.release")).isPositive();
    }

    @Test
    void theDominantCellsNeighbourIsWithheldTooWhenNothingSmallerCanHideIt() {
        // Music (2 090 tickets, Théâtre du Nord's 2 000) is dominated. Within ±10 %, only the
        // dance figure is large enough to hide it: circus (65) is not. So dance is withheld
        // as well, although four venues make it.
        JsonPath table = ask(IndicatorFixture.freshAnalyst("analyst-neighbour"),
                "tickets?groupBy=genre&purpose=MARKETING" + YEAR_2019);
        assertThat(cell(table, "genre", "dance").get("status")).isEqualTo("D");
        assertThat(cell(table, "genre", "dance")).doesNotContainKey("value");
    }

    @Test
    void theSameQuestionGetsTheSameAnswerAndUnalignedPeriodsAreRefused() {
        String q = "tickets?groupBy=month,genre&purpose=MARKETING" + YEAR_2019;
        assertThat(ask(IndicatorFixture.freshAnalyst("analyst-same-1"), q).getList("cells"))
                .isEqualTo(ask(IndicatorFixture.freshAnalyst("analyst-same-2"), q).getList("cells"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&from=2019-02&to=2019-06")
                .then().statusCode(400).body("detail", containsString("not a whole month, quarter"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&to=2019-06")
                .then().statusCode(400).body("detail", containsString("open-ended"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&groupBy=quarter&from=2018-09&to=2019-08")
                .then().statusCode(400).body("detail", containsString("do not nest"));
    }

    @Test
    void aPurposeOutsideThePoliciesLeavesEveryDatasetOutWithTheReason() {
        // The fixture's datasets are under the members' marketing template: research is not
        // among its purposes. (Datasets of other tests may allow it; they hold no 2019 data.)
        JsonPath table = ask(IndicatorFixture.freshAnalyst("analyst-research"),
                "tickets?purpose=RESEARCH" + YEAR_2019);
        List<String> fixtureDatasets = List.of("theatre-du-nord-billetterie", "opera-sud-billetterie",
                "scene-nationale-loire-billetterie", IndicatorFixture.COMPANY + "-billetterie");
        assertThat(table.getList("provenance.datasets.datasetId")).doesNotContainAnyElementsOf(fixtureDatasets);
        assertThat(table.getList("provenance.leftOut.datasetId")).containsAll(fixtureDatasets);
        assertThat(table.getString("provenance.leftOut.find { it.datasetId == 'opera-sud-billetterie' }.reasons[0]"))
                .containsIgnoringCase("purpose");
        assertThat(table.getList("cells")).isEmpty();
    }

    @Test
    void theAttackerRecoversNoOtherVenueByDifference() {
        // The attacker works for Opéra du Sud and knows its own figures. It asks every variant
        // it can think of, then subtracts any two released figures of the same quantity, with
        // and without its own contribution, hoping to isolate another venue's figure.
        String attacker = IndicatorFixture.freshAnalyst("analyst-attacker");
        List<String> variants = List.of("", "&venueKind=VENUE", "&venueKind=COMPANY", "&region=32", "&region=93",
                "&region=52", "&region=44", "&department=59", "&department=67");
        List<Long> released = new java.util.ArrayList<>();
        for (String year : List.of(YEAR_2019, "&from=2015-01&to=2015-12")) {
            for (String filter : variants) {
                for (String groupBy : List.of("", "&groupBy=venue-kind", "&groupBy=region")) {
                    String filterDimension = filter.isEmpty() ? "" : filter.substring(1, filter.indexOf('='))
                            .replace("venueKind", "venue-kind");
                    if (!filter.isEmpty() && !groupBy.isEmpty() && !groupBy.endsWith(filterDimension)) {
                        // genre, a place filter and a breakdown: three dimensions, which no release table has.
                        given().auth().preemptive().basic(attacker, IndicatorFixture.PASSWORD)
                                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&genre=dance" + year + filter
                                        + groupBy)
                                .then().statusCode(400).body("detail", containsString("at most two"));
                    }
                    JsonPath table = ask(attacker, "tickets?purpose=MARKETING" + year + filter + groupBy);
                    for (Map<String, Object> cell : table.<Map<String, Object>>getList("cells")) {
                        if (cell.containsKey("value")) {
                            released.add(((Number) cell.get("value")).longValue());
                        }
                    }
                }
            }
        }
        long own = IndicatorFixture.OPERA_DANCE + IndicatorFixture.OPERA_CIRCUS + IndicatorFixture.OTHERS_MUSIC;
        long own2015 = IndicatorFixture.THEATRE_2015[1];
        List<Long> secrets = List.of(
                IndicatorFixture.NORD_DANCE + IndicatorFixture.NORD_CIRCUS + IndicatorFixture.NORD_MUSIC,
                IndicatorFixture.LOIRE_DANCE + IndicatorFixture.OTHERS_MUSIC,
                IndicatorFixture.COMPANY_DANCE + IndicatorFixture.OTHERS_MUSIC,
                IndicatorFixture.THEATRE_2015[0], IndicatorFixture.THEATRE_2015[2], IndicatorFixture.THEATRE_2015[3]);
        for (long a : released) {
            assertThat(secrets).as("a released cell is a single venue's figure").doesNotContain(a, a - own, a - own2015);
            for (long b : released) {
                long difference = Math.abs(a - b);
                assertThat(secrets).as("difference of two released figures")
                        .doesNotContain(difference, difference - own, difference - own2015);
            }
        }
        assertThat(released).as("the attacker still gets the all-venue total of 2015")
                .contains(java.util.Arrays.stream(IndicatorFixture.THEATRE_2015).sum());
    }

    @Test
    void ownersReadTheAccessLogOfTheirDataset() {
        ask(IndicatorFixture.freshAnalyst("analyst-logged"), "revenue?purpose=MARKETING" + YEAR_2019);
        given().auth().preemptive().basic("orgadmin", "orgadmin-pass")
                .when().get("/api/v1/audit/access?datasetId=theatre-du-nord-billetterie")
                .then().statusCode(200)
                .body("caller", hasItem("analyst-logged"))
                .body("find { it.caller == 'analyst-logged' }.indicator", equalTo("revenue"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/audit/access?datasetId=theatre-du-nord-billetterie")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anOwnerSeesItsOwnFiguresUnsuppressed() {
        // Opéra du Sud's own circus figure (25 tickets, one venue) is withheld from the
        // consortium view but is the owner's own data.
        JsonPath own = ask(IndicatorFixture.freshAnalyst("analyst-own"),
                "tickets?groupBy=genre&purpose=MARKETING&scope=own" + YEAR_2019);
        Map<String, Object> circus = cell(own, "genre", "circus");
        assertThat(circus.get("status")).isEqualTo("V");
        assertThat(((Number) circus.get("value")).longValue()).isEqualTo(IndicatorFixture.OPERA_CIRCUS);
        assertThat(((Number) cell(own, "genre", "dance").get("value")).longValue()).isEqualTo(IndicatorFixture.OPERA_DANCE);
        assertThat(own.getList("provenance.datasets.datasetId")).containsExactly("opera-sud-billetterie");
    }

    @Test
    void badRequestsAreProblems() {
        var analyst = given().auth().preemptive().basic("analyst", "analyst-pass");
        analyst.when().get("/api/v1/indicators/happiness?purpose=MARKETING")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?groupBy=genre")
                .then().statusCode(400).body("violations.field", hasItem("purpose"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&groupBy=genre,month,region")
                .then().statusCode(400).body("detail", containsString("at most two dimensions"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/occupancy-rate?purpose=MARKETING&groupBy=tariff")
                .then().statusCode(400).body("detail", containsString("per performance"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&groupBy=tariff,age-band")
                .then().statusCode(400).body("detail", containsString("cannot be crossed"));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&from=2019-13")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().when().get("/api/v1/indicators/tickets?purpose=MARKETING").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cell(JsonPath table, String dimension, String label) {
        return table.<Map<String, Object>>getList("cells").stream()
                .filter(c -> label.equals(((Map<String, String>) c.get("coordinates")).get(dimension)))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + dimension + "=" + label));
    }
}
