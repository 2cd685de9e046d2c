package org.consortium.hub.indicators;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetKind;
import org.consortium.hub.datasets.DatasetSeeds;
import org.consortium.hub.datasets.DatasetStatus;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationKind;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.security.LocalAccount;

/**
 * Known figures for 2019, sent through the contribution API by four venues, so that every
 * indicator test can compare answers with the truth. Theatre du Nord, Opéra du Sud and
 * Scène nationale de Loire are demo venues; a fourth member, a company with its own venue,
 * is created here so that a venue-kind filter drops exactly one venue. Public for the
 * dashboard's tests.
 */
public final class IndicatorFixture {

    static final String COMPANY = "compagnie-des-indicateurs";
    public static final String PASSWORD = "fixture-pass";

    /** Dance tickets in May 2019, per venue; circus, also in May, in two venues only. */
    static final long NORD_DANCE = 500, OPERA_DANCE = 300, LOIRE_DANCE = 200, COMPANY_DANCE = 170;
    static final long NORD_CIRCUS = 40, OPERA_CIRCUS = 25;
    /**
     * Music, in June: four venues, but Théâtre du Nord alone makes over 85 % of the tickets (in a
     * hall of 2 500 seats: the hub refuses more tickets than a hall can hold).
     */
    static final long NORD_MUSIC = 2000, OTHERS_MUSIC = 30;
    /** Theatre in March 2015, four venues of similar size: every total of 2015 is publishable. */
    public static final long[] THEATRE_2015 = {400, 380, 420, 390};

    private static boolean loaded;

    private IndicatorFixture() {
    }

    public static synchronized void load(DatasetSeeds seeds) {
        if (loaded) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Organisation.findById(COMPANY) == null) {
                Organisation o = new Organisation();
                o.id = COMPANY;
                o.legalName = "Compagnie des Indicateurs";
                o.kind = OrganisationKind.COMPANY;
                o.college = "companies";
                o.regionCode = "44";
                o.departmentCode = "67";
                o.status = OrganisationStatus.MEMBER;
                o.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                o.persist();
                Dataset d = new Dataset();
                d.id = COMPANY + "-billetterie";
                d.ownerOrganisationId = COMPANY;
                d.kind = DatasetKind.ATTENDANCE;
                d.title = "Billetterie de la Compagnie des Indicateurs";
                d.schemaVersion = "1.0";
                d.licence = "CONSORTIUM_ONLY";
                d.status = DatasetStatus.APPROVED;
                d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                d.persist();
                seeds.recordInitialApproval(d.id, "members-marketing-monthly-department");
                LocalAccount.create("fixture-nord", PASSWORD, "contributor", "theatre-du-nord", "Fixture").persist();
                LocalAccount.create("fixture-opera", PASSWORD, "contributor", "opera-sud", "Fixture").persist();
                LocalAccount.create("fixture-loire", PASSWORD, "contributor", "scene-nationale-loire", "Fixture").persist();
                LocalAccount.create("fixture-company", PASSWORD, "contributor", COMPANY, "Fixture").persist();
            }
        });
        send("fixture-nord", "theatre-du-nord", List.of(dance(NORD_DANCE), circus(NORD_CIRCUS), music(NORD_MUSIC),
                theatre2015(THEATRE_2015[0])));
        send("fixture-opera", "opera-sud", List.of(dance(OPERA_DANCE), circus(OPERA_CIRCUS), music(OTHERS_MUSIC),
                theatre2015(THEATRE_2015[1])));
        send("fixture-loire", "scene-nationale-loire", List.of(dance(LOIRE_DANCE), music(OTHERS_MUSIC),
                theatre2015(THEATRE_2015[2])));
        send("fixture-company", COMPANY, List.of(dance(COMPANY_DANCE), music(OTHERS_MUSIC), theatre2015(THEATRE_2015[3])));
        Releases.build();
        loaded = true;
    }

    /** An analyst of Opéra du Sud with no history of released cells. */
    public static String freshAnalyst(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (LocalAccount.findById(name) == null) {
                LocalAccount.create(name, PASSWORD, "analyst", "opera-sud", "Fixture analyst").persist();
            }
        });
        return name;
    }

    private record Show(String genre, long tickets, String month) {
    }

    private static Show dance(long tickets) {
        return new Show("dance", tickets, "2019-05");
    }

    private static Show music(long tickets) {
        return new Show("music", tickets, "2019-06");
    }

    private static Show circus(long tickets) {
        return new Show("circus", tickets, "2019-05");
    }

    private static Show theatre2015(long tickets) {
        return new Show("theatre", tickets, "2015-03");
    }

    private static void send(String user, String org, List<Show> shows) {
        String dataset = org + "-billetterie";
        List<String> envelopes = new ArrayList<>();
        for (Show show : shows) {
            String perf = "fixture-" + show.month().substring(0, 4) + "-" + show.genre();
            envelopes.add("""
                    {"datasetId":"%s","contributorOrg":"%s","recordType":"performance","recordId":"%s","version":1,
                     "schemaVersion":"1.0","payload":{"production":{"title":"Fixture %s"},"venue":{"hallName":"Salle",
                     "capacity":2500},"startDateTime":"%s-15T20:00:00+02:00","genre":"%s","language":"fr",
                     "youngAudience":false,"coProduction":false}}""".formatted(dataset, org, perf, show.genre(), show.month(),
                    show.genre()));
            envelopes.add("""
                    {"datasetId":"%s","contributorOrg":"%s","recordType":"attendance","recordId":"%s-full","version":1,
                     "schemaVersion":"1.0","payload":{"performanceRecordId":"%s","tariffCategory":"full","tickets":%d,
                     "revenueCents":%d,"currency":"EUR","buyerDepartment":"75","ageBand":"35-49","firstTimeBuyers":0}}"""
                    .formatted(dataset, org, perf, perf, show.tickets(), show.tickets() * 2000));
        }
        String receipt = given().auth().preemptive().basic(user, PASSWORD).contentType("application/json")
                .body("[" + String.join(",", envelopes) + "]")
                .when().post("/api/v1/datasets/" + dataset + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(envelopes.size()))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().preemptive().basic(user, PASSWORD).when().get("/api/v1/receipts/" + receipt)
                        .then().body("status", equalTo("COMPLETE")));
    }
}
