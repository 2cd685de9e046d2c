package org.consortium.hub.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.consortium.hub.datasets.DatasetSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same indicator table as CSV, through {@code format=csv} or {@code Accept: text/csv}: one
 * column per dimension, then total, value, status and reason; a withheld cell has no value.
 */
@QuarkusTest
class IndicatorCsvTest {

    static final String HEADER = "genre,total,value,status,reason";

    @Inject
    DatasetSeeds seeds;

    @BeforeEach
    void fixture() {
        IndicatorFixture.load(seeds);
    }

    static List<String> lines(String csv) {
        return csv.lines().toList();
    }

    @Test
    void formatCsvGivesTheTableWithWithheldCellsMarkedAndNoValue() {
        String csv = given().auth().preemptive().basic(IndicatorFixture.freshAnalyst("analyst-csv"), IndicatorFixture.PASSWORD)
                .when().get("/api/v1/indicators/tickets?groupBy=genre&purpose=MARKETING&from=2019-01&to=2019-12&format=csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("tickets-by-genre.csv"))
                .extract().asString();
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        String circus = lines.stream().filter(l -> l.startsWith("circus,")).findFirst().orElseThrow();
        // Two venues only: frequency rule, empty value, never the 65 tickets.
        assertThat(circus).startsWith("circus,false,,A,").contains("fewer than 3").doesNotContain("65");
        assertThat(lines.stream().filter(l -> l.startsWith("total,true,"))).hasSize(1);
        // Published cells carry their value and status V, withheld ones a reason; no row has both.
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",", 5);
            assertThat(parts[2].isEmpty()).as(line).isEqualTo(!parts[3].equals("V"));
        }
    }

    @Test
    void acceptTextCsvGivesTheSameTableAsFormatCsv() {
        String analyst = IndicatorFixture.freshAnalyst("analyst-csv-accept");
        String query = "/api/v1/indicators/tickets?purpose=MARKETING&from=2015-01&to=2015-12";
        String csv = given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD).accept("text/csv")
                .when().get(query)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        // No breakdown: one row, the total of the four venues' theatre tickets of 2015.
        long total = java.util.Arrays.stream(IndicatorFixture.THEATRE_2015).sum();
        assertThat(lines(csv)).hasSize(2);
        assertThat(lines(csv).get(0)).isEqualTo("total,value,status,reason");
        assertThat(lines(csv).get(1)).matches("(true|false)," + total + ",V,");
        // JSON stays the default, also for a browser's Accept header.
        given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get(query)
                .then().statusCode(200).contentType(startsWith("application/json")).body("cells[0].value", equalTo((int) total));
    }

    @Test
    void anUnknownFormatIsAValidationProblem() {
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&format=xlsx")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("format"));
    }
}
