package org.consortium.hub.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.policies.disclosure.release.AlignedPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A member attacks the hub through its REST API alone. It works for Opéra du Sud, knows every
 * figure Opéra du Sud contributed, knows which venue played which genre in which month (the
 * programmes are public), has two people, contributes a fake line, and asks every table it can
 * (tickets, and the audience by tariff that totals the same tickets, by genre, month, quarter
 * and both, over every aligned period) before and after another venue's late line. It then
 * solves, for every other venue and every figure of it, the least and greatest value
 * consistent with everything it read: no figure may come out within ±10 %.
 */
@QuarkusTest
class MemberAttackerRestTest {

    private static final List<String> OTHERS = List.of("theatre-du-nord", "scene-nationale-loire",
            IndicatorFixture.COMPANY);
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2016, 3), YearMonth.of(2016, 4),
            YearMonth.of(2016, 5));
    private static final List<String> GENRES = List.of("dance", "circus", "theatre");
    private static final List<String> PERIODS = List.of("&from=2016-03&to=2016-03", "&from=2016-04&to=2016-04",
            "&from=2016-05&to=2016-05", "&from=2016-01&to=2016-03", "&from=2016-04&to=2016-06",
            "&from=2016-01&to=2016-12", "&from=2015-09&to=2016-08");

    /** Tickets per venue, month and genre: Opéra du Sud's are the attacker's own. */
    private static final Map<String, Map<String, Long>> TICKETS = new LinkedHashMap<>();

    static {
        TICKETS.put("theatre-du-nord", Map.of("2016-03|dance", 411L, "2016-03|circus", 47L, "2016-04|dance", 503L,
                "2016-04|theatre", 101L, "2016-05|dance", 223L, "2016-05|theatre", 307L));
        TICKETS.put("opera-sud", Map.of("2016-03|dance", 263L, "2016-03|circus", 31L, "2016-04|theatre", 113L,
                "2016-05|dance", 89L));
        TICKETS.put("scene-nationale-loire", Map.of("2016-03|dance", 331L, "2016-04|dance", 211L,
                "2016-04|theatre", 127L, "2016-05|theatre", 283L));
        TICKETS.put(IndicatorFixture.COMPANY, Map.of("2016-03|dance", 151L, "2016-04|dance", 123L,
                "2016-04|theatre", 131L));
    }

    private static boolean loaded;

    @Inject
    DatasetSeeds seeds;

    @BeforeEach
    void fixture() {
        IndicatorFixture.load(seeds);
        synchronized (MemberAttackerRestTest.class) {
            if (!loaded) {
                TICKETS.forEach((org, cells) -> cells.forEach((cell, tickets) -> send(org, cell, tickets, 1)));
                loaded = true;
            }
        }
    }

    @Test
    void aMemberWithTwoPeopleAFakeLineAndALateLineRecoversNoOtherVenuesFigure() {
        String first = IndicatorFixture.freshAnalyst("attacker-one");
        String second = IndicatorFixture.freshAnalyst("attacker-two");
        Map<String, Long> own = new LinkedHashMap<>(TICKETS.get("opera-sud"));

        // A fake line in a month and genre where only two other venues play (theatre in May):
        // the cell now has three venues, and the attacker knows its own fake exactly.
        send("opera-sud", "2016-05|theatre", 251, 1);
        own.put("2016-05|theatre", 251L);
        Releases.build();
        List<Published> before = askEverything(first);
        assertThat(askEverything(second)).as("a second person of the same member gets the same answers")
                .isEqualTo(before);
        assertThat(before).as("the attacker still gets figures").isNotEmpty();

        // Another venue's correction (9 more tickets: a version 2 of its line), then a new release:
        // asking again must not give its change.
        send("scene-nationale-loire", "2016-04|dance", TICKETS.get("scene-nationale-loire").get("2016-04|dance") + 9, 2);
        Releases.build();
        List<Published> after = askEverything(first);
        assertThat(after).as("the changed figure is withheld, not published with Loire's 9 more tickets")
                .noneMatch(p -> p.genre().equals("dance") && p.period().label().equals("2016-04"));

        List<Published> everything = new ArrayList<>(before);
        everything.addAll(after);
        List<String> found = new ArrayList<>();
        for (String venue : OTHERS) {
            Map<String, Long> truthBefore = TICKETS.get(venue);
            for (String cell : truthBefore.keySet()) {
                check(venue, cell, truthBefore, own, before, found);
            }
        }
        // Loire's correction itself: 9 more tickets of April dance.
        assertThat(found).as("figures pinned down to within ±10 %").isEmpty();
        assertThat(lateLineBounds(before, after, own)).as("the late line is not recovered").isFalse();
    }

    /** One figure every published table asked for: a sum of tickets over a period, and a genre or all of them. */
    record Published(AlignedPeriod period, String genre, long value) {
    }

    private List<Published> askEverything(String analyst) {
        List<Published> out = new ArrayList<>();
        for (String indicator : List.of("tickets", "audience-by-tariff")) {
            for (String period : PERIODS) {
                for (String groupBy : List.of("", "genre", "month", "quarter", "month,genre", "quarter,genre")) {
                    String query = indicator + "?purpose=MARKETING" + period + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy);
                    var response = given().auth().preemptive().basic(analyst, IndicatorFixture.PASSWORD)
                            .when().get("/api/v1/indicators/" + query);
                    if (response.statusCode() == 400) {
                        continue; // quarters do not nest in a month or a season
                    }
                    JsonPath table = response.then().statusCode(200).extract().jsonPath();
                    String[] bounds = period.replace("&from=", "").split("&to=");
                    AlignedPeriod asked = AlignedPeriod.of(YearMonth.parse(bounds[0]), YearMonth.parse(bounds[1])).orElseThrow();
                    for (Map<String, Object> cell : table.<Map<String, Object>>getList("cells")) {
                        if (cell.get("value") == null) {
                            continue;
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, String> at = (Map<String, String>) cell.get("coordinates");
                        if (at.containsKey("tariff") && !"total".equals(at.get("tariff"))
                                || at.containsKey("age-band") && !"total".equals(at.get("age-band"))) {
                            continue; // one tariff and one age band in this fixture: the same figure as the total
                        }
                        AlignedPeriod p = asked;
                        if (at.containsKey("month") && !"total".equals(at.get("month"))) {
                            p = AlignedPeriod.month(YearMonth.parse(at.get("month")));
                        } else if (at.containsKey("quarter") && !"total".equals(at.get("quarter"))) {
                            String[] q = at.get("quarter").split("-Q");
                            p = AlignedPeriod.quarterOf(YearMonth.of(Integer.parseInt(q[0]), Integer.parseInt(q[1]) * 3));
                        }
                        String genre = at.getOrDefault("genre", "total");
                        out.add(new Published(p, genre, ((Number) cell.get("value")).longValue()));
                    }
                }
            }
        }
        return out.stream().distinct().sorted(java.util.Comparator.comparing(Published::toString)).toList();
    }

    /**
     * The least and greatest tickets {@code venue} can have had in {@code cell}, given every
     * published figure; reports it when the interval is narrower than ±10 % around the truth.
     */
    private static void check(String venue, String cell, Map<String, Long> truth, Map<String, Long> own,
                              List<Published> published, List<String> found) {
        long value = truth.get(cell);
        double low = solve(venue, cell, own, published, false);
        double high = solve(venue, cell, own, published, true);
        if (high - value < 0.1 * value - 1e-6 || value - low < 0.1 * value - 1e-6) {
            found.add(venue + " " + cell + " = " + value + " within [" + low + ", " + high + "]");
        }
    }

    /** Unknowns: each other venue's tickets in each month and genre where it played. */
    private static double solve(String venue, String cell, Map<String, Long> own, List<Published> published,
                                boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> x = new LinkedHashMap<>();
        for (String v : OTHERS) {
            for (String c : TICKETS.get(v).keySet()) {
                x.put(v + "|" + c, model.addVariable(v + "|" + c).lower(0));
            }
        }
        int e = 0;
        for (Published p : published) {
            long known = 0;
            for (Map.Entry<String, Long> o : own.entrySet()) {
                if (covers(p, o.getKey())) {
                    known += o.getValue();
                }
            }
            Expression ex = model.addExpression("e" + e++).level(p.value() - known);
            x.forEach((name, variable) -> {
                if (covers(p, name.substring(name.indexOf('|') + 1))) {
                    ex.set(variable, 1);
                }
            });
        }
        model.addExpression("target").weight(1).set(x.get(venue + "|" + cell), 1);
        Optimisation.Result r = maximise ? model.maximise() : model.minimise();
        if (r.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : 0;
        }
        assertThat(r.getState().isFeasible()).as("the published figures are consistent").isTrue();
        return r.getValue();
    }

    /** Whether the two releases together pin down Loire's late line (9 tickets) to within ±10 %. */
    private static boolean lateLineBounds(List<Published> before, List<Published> after, Map<String, Long> own) {
        // The change is the difference between the two states: any figure published in both
        // with different values would show it; the release withholds them.
        for (Published a : after) {
            for (Published b : before) {
                if (a.period().equals(b.period()) && a.genre().equals(b.genre()) && a.value() != b.value()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(Published p, String cell) {
        String[] parts = cell.split("\\|");
        return p.period().contains(YearMonth.parse(parts[0])) && (p.genre().equals("total") || p.genre().equals(parts[1]));
    }

    /** One performance in that month and genre, with its full-price tickets (a new version corrects them). */
    private static void send(String org, String cell, long tickets, int version) {
        String[] parts = cell.split("\\|");
        String dataset = org + "-billetterie";
        String performance = "attack-" + parts[0] + "-" + parts[1];
        String user = TouringTest.USERS.get(org);
        String body = """
                [{"datasetId":"%1$s","contributorOrg":"%2$s","recordType":"performance","recordId":"%3$s","version":1,
                  "schemaVersion":"1.0","payload":{"production":{"title":"Attack %4$s"},
                  "venue":{"hallName":"Salle","capacity":1000},"startDateTime":"%5$s-12T20:00:00+01:00","genre":"%4$s",
                  "youngAudience":false,"coProduction":false}},
                 {"datasetId":"%1$s","contributorOrg":"%2$s","recordType":"attendance","recordId":"%3$s-full","version":%7$d,
                  "schemaVersion":"1.0","payload":{"performanceRecordId":"%3$s","tariffCategory":"full","tickets":%6$d,
                  "revenueCents":%8$d,"currency":"EUR","buyerDepartment":"75","ageBand":"35-49","firstTimeBuyers":0}}]"""
                .formatted(dataset, org, performance, parts[1], parts[0], tickets, version, tickets * 2000);
        String receipt = given().auth().preemptive().basic(user, IndicatorFixture.PASSWORD).contentType("application/json")
                .body(body).when().post("/api/v1/datasets/" + dataset + "/contributions")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().preemptive().basic(user, IndicatorFixture.PASSWORD).when().get("/api/v1/receipts/" + receipt)
                        .then().body("status", equalTo("COMPLETE")));
    }
}
