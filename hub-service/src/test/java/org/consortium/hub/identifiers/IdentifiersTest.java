package org.consortium.hub.identifiers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consortium.hub.security.LocalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shared ids end to end: records go through the contribution API and the consumer; ids are
 * read back from the database and the works / productions endpoints. Every title carries a
 * per-test suffix, so runs never match each other's works.
 */
@QuarkusTest
class IdentifiersTest {

    static final String NORD = "theatre-du-nord";
    static final String NORD_DATASET = "theatre-du-nord-billetterie";
    static final String SUD = "opera-sud";
    static final String SUD_DATASET = "opera-sud-billetterie";
    static final String SUD_USER = "opera-sud-ids-contributor";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            if (LocalAccount.findById(SUD_USER) == null) {
                LocalAccount.create(SUD_USER, "sud-pass", "contributor", SUD, "Billetterie Opéra du Sud").persist();
            }
        });
    }

    // --- scenarios ----------------------------------------------------------------------

    @Test
    void twoVenuesReportingTheSameTouringShowGetOneProductionId() throws Exception {
        String title = "Le Misanthrope " + run;
        send(NORD, perf(NORD, "n1", 1, "2025-11-14T20:30:00+01:00", title, work(title, List.of("Molière"), 1666)),
                perf(NORD, "n2", 1, "2025-11-15T20:30:00+01:00", title, work(title, List.of("Molière"), 1666)));
        // The second venue spells it its own way, and the tour goes on into the next season.
        String spelled = "MISANTHROPE (le) " + run;
        send(SUD, perf(SUD, "s1", 1, "2026-02-03T20:00:00+01:00", spelled, work(spelled, List.of("moliere"), 1666)),
                perf(SUD, "s2", 1, "2026-10-03T20:00:00+02:00", spelled, work(spelled, List.of("moliere"), 1666)));

        String production = productionOf(NORD_DATASET, "n1");
        assertThat(productionOf(NORD_DATASET, "n2")).isEqualTo(production);
        assertThat(productionOf(SUD_DATASET, "s1")).isEqualTo(production);
        assertThat(productionOf(SUD_DATASET, "s2")).isEqualTo(production);
        assertThat(HubCode.parse(production, HubCode.Kind.PRODUCTION)).contains(production);

        JsonPath view = admin().get("/api/v1/productions/" + production).then().statusCode(200)
                .body("title", equalTo(title)).body("premiereSeason", equalTo("2025-26"))
                .body("workId", equalTo(workOf(NORD_DATASET, "n1")))
                .body("performances", equalTo(4)).extract().jsonPath();
        // A member sees its own organisation's counts only: another venue's performances per
        // season are its figures, read from the performances indicator under disclosure control.
        JsonPath asOpera = analyst().get("/api/v1/productions/" + production).then().statusCode(200)
                .body("performances", equalTo(2)).extract().jsonPath();
        assertThat(asOpera.getList("reportedBy.venue", String.class)).containsOnly(SUD);
        admin().get("/api/v1/audit/access?datasetId=" + NORD_DATASET).then().statusCode(200)
                .body("find { it.caller == 'analyst' && it.purpose == 'IDENTIFIERS' }.cellsWithheld",
                        org.hamcrest.Matchers.greaterThan(0));
        assertThat(view.getList("reportedBy", Map.class)).containsExactlyInAnyOrder(
                Map.of("venue", NORD, "season", "2025-26", "performances", 2),
                Map.of("venue", SUD, "season", "2025-26", "performances", 1),
                Map.of("venue", SUD, "season", "2026-27", "performances", 1));
        assertThat(view.getMap("$")).doesNotContainKeys("tickets", "revenueCents");

        // A deletion and a new version move the counts with the performance facts.
        send(NORD, deletion(NORD, "n2", 2));
        send(SUD, perf(SUD, "s2", 2, "2026-01-10T20:00:00+01:00", spelled, work(spelled, List.of("Molière"), 1666)));
        view = admin().get("/api/v1/productions/" + production).then().statusCode(200)
                .body("performances", equalTo(3)).extract().jsonPath();
        assertThat(view.getList("reportedBy", Map.class)).containsExactlyInAnyOrder(
                Map.of("venue", NORD, "season", "2025-26", "performances", 1),
                Map.of("venue", SUD, "season", "2025-26", "performances", 2));
        assertThat(sightings(production)).isEqualTo(3);
    }

    @Test
    void theSameWorkSpelledDifferentlyMatches() throws Exception {
        send(NORD,
                perf(NORD, "a", 1, "2025-10-01T20:00:00+02:00", "Prod A " + run,
                        work("Les Fourberies de Scapin " + run, List.of("Jean-Baptiste Poquelin", "Molière"), 1671)),
                perf(NORD, "b", 1, "2025-10-02T20:00:00+02:00", "Prod B " + run,
                        work("fourberies de scapin (les) " + run, List.of("MOLIERE", "Poquelin, Jean-Baptiste"), 1671)),
                perf(NORD, "c", 1, "2025-10-03T20:00:00+02:00", "Prod C " + run,
                        work("Les Fourberies de Scapin " + run, List.of("Molière"), 1671)));
        send(SUD, perf(SUD, "d", 1, "2026-05-01T20:00:00+02:00", "Prod D " + run,
                work("LES FOURBERIES DE SCAPIN — " + run, List.of("Molière", "Jean-Baptiste Poquelin"), 1671)));

        String work = workOf(NORD_DATASET, "a");
        assertThat(workOf(NORD_DATASET, "b")).isEqualTo(work);
        assertThat(workOf(SUD_DATASET, "d")).isEqualTo(work);
        assertThat(workOf(NORD_DATASET, "c")).as("other authors: another work").isNotEqualTo(work);

        // Different production titles: different productions of one work.
        assertThat(productionOf(NORD_DATASET, "a")).isNotEqualTo(productionOf(NORD_DATASET, "b"));
        JsonPath view = admin().get("/api/v1/works/" + work).then().statusCode(200)
                .body("title", equalTo("Les Fourberies de Scapin " + run))
                .body("authors", equalTo(List.of("Jean-Baptiste Poquelin", "Molière")))
                .body("yearOfFirstPerformance", equalTo(1671))
                .body("performances", equalTo(3)).extract().jsonPath();
        assertThat(view.getList("productions", String.class)).containsExactlyInAnyOrder(
                productionOf(NORD_DATASET, "a"), productionOf(NORD_DATASET, "b"), productionOf(SUD_DATASET, "d"));
        assertThat(view.getList("reportedBy", Map.class)).containsExactlyInAnyOrder(
                Map.of("venue", NORD, "season", "2025-26", "performances", 2),
                Map.of("venue", SUD, "season", "2025-26", "performances", 1));
    }

    @Test
    void aKnownHubIdIsHonouredAndAnUnknownOneIgnoredAndFlagged() throws Exception {
        send(NORD, perf(NORD, "first", 1, "2025-12-01T20:00:00+01:00", "Tartuffe " + run,
                work("Tartuffe " + run, List.of("Molière"), 1664)));
        String work = workOf(NORD_DATASET, "first");
        String production = productionOf(NORD_DATASET, "first");

        // Another venue knows the ids; its titles are its own and would not match on their own.
        ObjectNode knownWork = work("Tartuffe ou l'Imposteur " + run, List.of("Poquelin"), 1669);
        knownWork.put("hubWorkId", work.toLowerCase());
        ObjectNode p = perf(SUD, "known", 1, "2027-03-01T20:00:00+01:00", "Le Tartuffe, tournée " + run, knownWork);
        ((ObjectNode) p.get("payload").get("production")).put("hubProductionId", production);
        send(SUD, p);
        assertThat(workOf(SUD_DATASET, "known")).isEqualTo(work);
        assertThat(productionOf(SUD_DATASET, "known")).isEqualTo(production);
        // The spelling that came with the id now matches without it.
        send(SUD, perf(SUD, "later", 1, "2027-03-02T20:00:00+01:00", "Le Tartuffe, tournée " + run,
                work("Tartuffe ou l'Imposteur " + run, List.of("Poquelin"), 1669)));
        assertThat(workOf(SUD_DATASET, "later")).isEqualTo(work);
        assertThat(productionOf(SUD_DATASET, "later")).isEqualTo(production);

        // An id that is well formed but unknown, and one with a wrong check symbol: ignored, flagged.
        String unknown = unknownCode(HubCode.Kind.WORK);
        String typo = typo(work);
        ObjectNode w1 = work("Dom Juan " + run, List.of("Molière"), 1665);
        w1.put("hubWorkId", unknown);
        ObjectNode w2 = work("Dom Juan " + run, List.of("Molière"), 1665);
        w2.put("hubWorkId", typo);
        send(NORD, perf(NORD, "unknown", 1, "2025-12-05T20:00:00+01:00", "Dom Juan " + run, w1),
                perf(NORD, "typo", 1, "2025-12-06T20:00:00+01:00", "Dom Juan " + run, w2));
        String domJuan = workOf(NORD_DATASET, "unknown");
        assertThat(domJuan).isNotEqualTo(work).isNotEqualTo(unknown);
        assertThat(workOf(NORD_DATASET, "typo")).isEqualTo(domJuan);
        admin().get("/api/v1/admin/identifier-flags?reason=UNKNOWN_HUB_ID&limit=1000").then().statusCode(200)
                .body("findAll { it.datasetId == '" + NORD_DATASET + "' && it.recordId == '" + run + "-unknown' }.sentId",
                        hasItem(unknown))
                .body("findAll { it.recordId == '" + run + "-typo' }.detail",
                        hasItem(containsString("not a valid work id")));
    }

    @Test
    void aLikelyDuplicateIsFlaggedNotMerged() throws Exception {
        send(NORD,
                perf(NORD, "orig", 1, "2025-09-20T20:00:00+02:00", "Phèdre " + run,
                        work("Phèdre " + run, List.of("Jean Racine"), 1677)),
                // Same title and year, other authors.
                perf(NORD, "other", 1, "2025-09-21T20:00:00+02:00", "Phèdre (adaptation) " + run,
                        work("Phedre " + run, List.of("Sénèque"), 1677)),
                // Same authors, a title two edits away.
                perf(NORD, "typo", 1, "2025-09-22T20:00:00+02:00", "Phèdre " + run,
                        work("Phèdrre " + run.substring(0, 7), List.of("Racine, Jean"), 1677)));
        String original = workOf(NORD_DATASET, "orig");
        String otherAuthors = workOf(NORD_DATASET, "other");
        String misspelt = workOf(NORD_DATASET, "typo");
        assertThat(List.of(otherAuthors, misspelt)).doesNotContain(original).doesNotHaveDuplicates();

        JsonPath view = analyst().get("/api/v1/works/" + original).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("possibleDuplicates", String.class)).containsExactlyInAnyOrder(otherAuthors, misspelt);
        assertThat(view.getList("mergedIds", String.class)).isEmpty();
        analyst().get("/api/v1/works/" + misspelt).then().statusCode(200)
                .body("possibleDuplicates", equalTo(List.of(original)));
    }

    @Test
    void mergingKeepsTheOldIdResolving() throws Exception {
        send(NORD, perf(NORD, "one", 1, "2025-11-01T20:00:00+01:00", "Bérénice " + run,
                        work("Bérénice " + run, List.of("Racine"), 1670)),
                perf(NORD, "two", 1, "2025-11-02T20:00:00+01:00", "Berenice, la reprise " + run,
                        work("Berenice " + run, List.of("Jean Racine"), 1670)));
        String target = workOf(NORD_DATASET, "one");
        String old = workOf(NORD_DATASET, "two");
        String targetProduction = productionOf(NORD_DATASET, "one");
        String oldProduction = productionOf(NORD_DATASET, "two");
        assertThat(old).isNotEqualTo(target);

        // Only the secretariat merges.
        contributor(NORD).post("/api/v1/works/" + old + "/merge-into/" + target).then().statusCode(403);
        admin().post("/api/v1/works/" + old + "/merge-into/" + old).then().statusCode(409)
                .contentType("application/problem+json");
        admin().post("/api/v1/works/" + old + "/merge-into/" + typo(target)).then().statusCode(400)
                .body("detail", containsString("check character"));
        admin().post("/api/v1/works/" + old + "/merge-into/" + unknownCode(HubCode.Kind.WORK)).then().statusCode(404);

        admin().post("/api/v1/works/" + old + "/merge-into/" + target).then().statusCode(200)
                .body("id", equalTo(target)).body("mergedIds", equalTo(List.of(old)))
                .body("performances", equalTo(2));
        analyst().get("/api/v1/works/" + old).then().statusCode(200)
                .body("id", equalTo(target)).body("requestedId", equalTo(old))
                .body("title", equalTo("Bérénice " + run));
        analyst().get("/api/v1/works/" + target).then().statusCode(200).body("requestedId", nullValue());
        // Merging again is a no-op; the merged id cannot become a target of its own target.
        admin().post("/api/v1/works/" + old + "/merge-into/" + target).then().statusCode(200);
        admin().post("/api/v1/works/" + target + "/merge-into/" + old).then().statusCode(409)
                .body("detail", containsString("merged into it"));

        // New reports spelled like the old id land on the target.
        send(SUD, perf(SUD, "three", 1, "2026-01-20T20:00:00+01:00", "Berenice, la reprise " + run,
                work("Berenice " + run, List.of("Jean Racine"), 1670)));
        assertThat(workOf(SUD_DATASET, "three")).isEqualTo(target);
        assertThat(productionOf(SUD_DATASET, "three")).isEqualTo(oldProduction);

        // Productions merge the same way; the row of the old id is kept.
        admin().post("/api/v1/productions/" + oldProduction + "/merge-into/" + targetProduction).then().statusCode(200)
                .body("mergedIds", equalTo(List.of(oldProduction))).body("performances", equalTo(3));
        analyst().get("/api/v1/productions/" + oldProduction).then().statusCode(200)
                .body("id", equalTo(targetProduction)).body("requestedId", equalTo(oldProduction))
                .body("workId", equalTo(target));
        send(SUD, perf(SUD, "four", 1, "2026-01-21T20:00:00+01:00", "Berenice, la reprise " + run,
                work("Berenice " + run, List.of("Jean Racine"), 1670)));
        assertThat(productionOf(SUD_DATASET, "four")).isEqualTo(targetProduction);
        assertThat(count("select count(*) from hub_work where id in (?, ?)", old, target)).isEqualTo(2);
    }

    @Test
    void onlyMembersLookIdsUp() throws Exception {
        send(NORD, perf(NORD, "seen", 1, "2025-10-10T20:00:00+02:00", "Andromaque " + run,
                work("Andromaque " + run, List.of("Racine"), 1667)));
        String work = workOf(NORD_DATASET, "seen");
        given().when().get("/api/v1/works/" + work).then().statusCode(401);
        given().auth().preemptive().basic("committee", "committee-pass")
                .when().get("/api/v1/works/" + work).then().statusCode(403).contentType("application/problem+json");
        contributor(NORD).get("/api/v1/works/" + work).then().statusCode(200);
        admin().get("/api/v1/works/" + work).then().statusCode(200);
        analyst().get("/api/v1/works/" + typo(work)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("id"));
        analyst().get("/api/v1/productions/" + unknownCode(HubCode.Kind.PRODUCTION)).then().statusCode(404);
        analyst().get("/api/v1/admin/identifier-flags").then().statusCode(403);
    }

    // --- helpers ------------------------------------------------------------------------

    private ObjectNode work(String title, List<String> authors, Integer year) {
        ObjectNode w = mapper.createObjectNode().put("title", title).put("type", "play");
        ArrayNode a = w.putArray("authors");
        authors.forEach(a::add);
        if (year != null) {
            w.put("yearOfFirstPerformance", year);
        }
        return w;
    }

    private ObjectNode perf(String org, String id, int version, String start, String productionTitle, ObjectNode work) {
        ObjectNode e = envelope(org, id, version);
        ObjectNode p = e.putObject("payload");
        p.putObject("production").put("title", productionTitle);
        if (work != null) {
            p.set("work", work);
        }
        p.putObject("venue").put("hallName", "Grande salle").put("capacity", 400);
        p.put("startDateTime", start).put("genre", "theatre").put("language", "fr")
                .put("youngAudience", false).put("coProduction", false);
        return e;
    }

    private ObjectNode deletion(String org, String id, int version) {
        return envelope(org, id, version).put("deleted", true);
    }

    private ObjectNode envelope(String org, String id, int version) {
        return mapper.createObjectNode().put("datasetId", org.equals(NORD) ? NORD_DATASET : SUD_DATASET)
                .put("contributorOrg", org).put("recordType", "performance").put("recordId", run + "-" + id)
                .put("version", version).put("schemaVersion", "1.0");
    }

    private static RequestSpecification contributor(String org) {
        return org.equals(NORD) ? given().auth().preemptive().basic("contributor", "contributor-pass")
                : given().auth().preemptive().basic(SUD_USER, "sud-pass");
    }

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    /** Sends a batch as the organisation's contributor and waits until every record is stored. */
    private void send(String org, ObjectNode... envelopes) {
        ArrayNode batch = mapper.createArrayNode();
        for (ObjectNode e : envelopes) {
            batch.add(e);
        }
        String dataset = org.equals(NORD) ? NORD_DATASET : SUD_DATASET;
        String receipt = contributor(org).contentType("application/json").body(batch.toString())
                .when().post("/api/v1/datasets/" + dataset + "/contributions")
                .then().statusCode(202).body("accepted", equalTo(envelopes.length)).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                contributor(org).when().get("/api/v1/receipts/" + receipt).then().statusCode(200)
                        .body("status", equalTo("COMPLETE")).body("stored", equalTo(envelopes.length)));
    }

    private String productionOf(String dataset, String id) throws Exception {
        return single("select production_id from performance_identifier where dataset_id = ? and record_id = ?",
                dataset, run + "-" + id);
    }

    private String workOf(String dataset, String id) throws Exception {
        return single("select work_id from performance_identifier where dataset_id = ? and record_id = ?",
                dataset, run + "-" + id);
    }

    private long sightings(String production) throws Exception {
        return count("select coalesce(sum(performances), 0) from production_sighting where production_id = ?",
                production);
    }

    private long count(String sql, String... params) throws Exception {
        return Long.parseLong(single(sql, params));
    }

    private String single(String sql, String... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", List.of(params)).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** A well-formed code no row holds. */
    private String unknownCode(HubCode.Kind kind) throws Exception {
        while (true) {
            String code = HubCode.random(kind, new java.util.Random());
            String table = kind == HubCode.Kind.WORK ? "hub_work" : "hub_production";
            if (count("select count(*) from " + table + " where id = ?", code) == 0) {
                return code;
            }
        }
    }

    /** The code with its first two body symbols swapped (or one replaced): a typing error. */
    private static String typo(String code) {
        char[] chars = code.toCharArray();
        if (chars[2] != chars[3]) {
            chars[2] = code.charAt(3);
            chars[3] = code.charAt(2);
        } else {
            chars[2] = chars[2] == 'A' ? 'B' : 'A';
        }
        return new String(chars);
    }
}
