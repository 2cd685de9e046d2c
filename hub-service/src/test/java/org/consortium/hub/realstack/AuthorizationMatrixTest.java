package org.consortium.hub.realstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every Keycloak role × own organisation vs another, with tokens from the
 * real Keycloak: the expected outcome is the table below. {@code Y}: the call passes
 * authorisation (any answer but 401/403, and no server error); {@code N}: 403 problem+json.
 * Zero unexpected permits, zero unexpected denials; and every row without a token answers 401
 * problem+json.
 *
 * <p>Callers: {@code admin} (hub-admin), {@code committee} (committee, no organisation),
 * {@code orgadmin} and {@code contributor} (Théâtre du Nord), {@code analyst} and
 * {@code contributor2} (Opéra du Sud), and the SDK clients of both venues (contributor role).
 * {@code {body}} is a voting body made for this test: a person seat for the committee user
 * (chair) and organisation seats for both venues; {@code {motion}} is open in it.
 *
 * <p>To cover a new endpoint, add a row (and a request body in {@link #bodies} if it takes
 * one). Within a row the denied callers run first, so that a permitted call that changes
 * state (a ballot, a close) cannot turn a later denial into another error.
 */
@QuarkusTest
@Tag("real-stack")
class AuthorizationMatrixTest {

    static final List<String> CALLERS = List.of("admin", "committee", "orgadmin", "contributor", "analyst",
            "contributor2", "sdk-theatre-du-nord", "sdk-opera-sud");

    static final String MATRIX = """
            #                                                                      admin comm oadm ctb anl ctb2 sdkN sdkS
            GET    /api/v1/me                                                    | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/organisations                                         | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/organisations                              apply      | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/organisations/theatre-du-nord                         | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/organisations/no-such-org/suspension       suspension | Y     N    N    N   N   N    N    N
            GET    /api/v1/organisations/theatre-du-nord/people                  | Y     N    Y    N   N   N    N    N
            GET    /api/v1/organisations/opera-sud/people                        | Y     N    N    N   N   N    N    N
            GET    /api/v1/organisations/theatre-du-nord/people/orgadmin         | Y     N    Y    N   N   N    N    N
            GET    /api/v1/organisations/opera-sud/people/opera-admin            | Y     N    N    N   N   N    N    N
            PUT    /api/v1/organisations/theatre-du-nord/people/matrix-person person | Y N    Y    N   N   N    N    N
            PUT    /api/v1/organisations/opera-sud/people/matrix-person     person | Y   N    N    N   N   N    N    N
            DELETE /api/v1/organisations/theatre-du-nord/people/nobody-here      | Y     N    Y    N   N   N    N    N
            DELETE /api/v1/organisations/opera-sud/people/nobody-here            | Y     N    N    N   N   N    N    N
            GET    /api/v1/bodies                                                | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/bodies                                     newBody    | Y     N    N    N   N   N    N    N
            GET    /api/v1/bodies/{body}                                         | Y     Y    Y    Y   Y   Y    Y    Y
            PUT    /api/v1/bodies/{body}                              bodyUpdate | Y     N    N    N   N   N    N    N
            POST   /api/v1/bodies/{body}/seats                        seat       | Y     N    N    N   N   N    N    N
            PUT    /api/v1/bodies/{body}/seats/{noSeat}               seat       | Y     N    N    N   N   N    N    N
            DELETE /api/v1/bodies/{body}/seats/{noSeat}                          | Y     N    N    N   N   N    N    N
            GET    /api/v1/bodies/{body}/rules                                   | Y     Y    Y    Y   Y   Y    Y    Y
            PUT    /api/v1/bodies/{body}/rules                        rules      | Y     N    N    N   N   N    N    N
            GET    /api/v1/bodies/{body}/rules/versions                          | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/bodies/{body}/rules/versions/1                        | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/motions                                               | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/motions                                    motion     | Y     N    N    N   N   N    N    N
            GET    /api/v1/motions/{motion}                                      | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/motions/{motion}/ballots                              | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/motions/{motion}/ballots                   ballot     | N     Y    Y    N   N   N    N    N
            POST   /api/v1/motions/{motionToClose}/close                         | Y     N    N    N   N   N    N    N
            GET    /api/v1/decisions                                             | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/decisions/verify                                      | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/decisions/1                                           | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/datasets                                              | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/datasets/theatre-du-nord-billetterie                  | Y     Y    Y    Y   Y   Y    Y    Y
            POST   /api/v1/datasets/theatre-du-nord-billetterie/contributions  batchNord | N N N Y N   N    Y    N
            POST   /api/v1/datasets/opera-sud-billetterie/contributions        batchSud  | N N N N N   Y    N    Y
            GET    /api/v1/receipts/{receiptNord}                                | Y     N    Y    Y   N   N    Y    N
            GET    /api/v1/receipts/{receiptSud}                                 | Y     N    N    N   Y   Y    N    Y
            GET    /api/v1/admin/rollups/check                                   | Y     N    N    N   N   N    N    N
            POST   /api/v1/admin/rollups/rebuild                                 | Y     N    N    N   N   N    N    N
            GET    /api/v1/works/no-such-work                                    | Y     N    Y    Y   Y   Y    Y    Y
            GET    /api/v1/productions/no-such-production                        | Y     N    Y    Y   Y   Y    Y    Y
            POST   /api/v1/works/no-such-work/merge-into/no-other-work           | Y     N    N    N   N   N    N    N
            POST   /api/v1/productions/no-such-one/merge-into/no-other-one       | Y     N    N    N   N   N    N    N
            GET    /api/v1/admin/identifier-flags                                | Y     N    N    N   N   N    N    N
            GET    /api/v1/datasets/theatre-du-nord-billetterie/policy           | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/datasets/theatre-du-nord-billetterie/policy/versions  | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/indicators                                            | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/indicators/tickets?purpose=MARKETING&groupBy=genre    | Y     Y    Y    Y   Y   Y    Y    Y
            GET    /api/v1/audit/access?datasetId=theatre-du-nord-billetterie    | Y     N    Y    N   N   N    N    N
            GET    /api/v1/audit/access?datasetId=opera-sud-billetterie          | Y     N    N    N   N   N    N    N
            """;

    /** Request bodies by name, per caller (so that permitted creations do not collide). */
    final Map<String, Function<String, String>> bodies = new HashMap<>();

    /** Values of the {placeholders} in the table. */
    final Map<String, String> values = new HashMap<>();

    record Row(String method, String path, String body, Map<String, Boolean> permitted) {
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        prepare();
        List<String> unexpected = new ArrayList<>();
        Map<Integer, Integer> permittedStatuses = new java.util.TreeMap<>();
        int calls = 0;
        for (Row row : rows()) {
            // Denials first: a permitted ballot or close must not change what a denial answers.
            List<String> order = new ArrayList<>(CALLERS);
            order.sort((a, b) -> Boolean.compare(row.permitted().get(a), row.permitted().get(b)));
            // No token at all: always 401 problem+json, whatever the row.
            Response anonymous = call(null, row);
            calls++;
            if (anonymous.statusCode() != 401 || !isProblem(anonymous, 401)) {
                unexpected.add(row.method() + " " + row.path() + " without a token: expected 401 problem+json, got "
                        + anonymous.statusCode() + " " + anonymous.asString());
            }
            for (String caller : order) {
                calls++;
                boolean permit = row.permitted().get(caller);
                Response r = call(caller, row);
                int status = r.statusCode();
                String what = row.method() + " " + row.path() + " as " + caller + ": ";
                if (permit) {
                    permittedStatuses.merge(status, 1, Integer::sum);
                }
                if (permit && (status == 401 || status == 403 || status >= 500)) {
                    unexpected.add(what + "expected permit, got " + status + " " + r.asString());
                } else if (!permit && status != 403) {
                    unexpected.add(what + "expected 403, got " + status + " (UNEXPECTED PERMIT) " + r.asString());
                } else if (!permit && !isProblem(r, 403)) {
                    unexpected.add(what + "403 without problem+json: " + r.contentType() + " " + r.asString());
                }
            }
        }
        System.out.printf("Authorisation matrix: %d rows x %d callers (with no token) = %d calls; statuses of permitted calls %s%n",
                rows().size(), CALLERS.size() + 1, calls, permittedStatuses);
        assertThat(calls).isEqualTo(rows().size() * (CALLERS.size() + 1));
        assertThat(unexpected).as("outcomes differing from the matrix").isEmpty();
    }

    static boolean isProblem(Response r, int status) {
        return r.contentType() != null && r.contentType().startsWith("application/problem+json")
                && Integer.valueOf(status).equals(r.path("status"));
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.lines().toList()) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] halves = line.split("\\|");
            String[] request = halves[0].trim().split("\\s+");
            String[] cells = halves[1].trim().split("\\s+");
            assertThat(cells).as("one cell per caller in: " + line).hasSize(CALLERS.size());
            Map<String, Boolean> permitted = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                assertThat(cells[i]).as("cell of " + line).isIn("Y", "N");
                permitted.put(CALLERS.get(i), cells[i].equals("Y"));
            }
            rows.add(new Row(request[0], request[1], request.length > 2 ? request[2] : null, permitted));
        }
        return rows;
    }

    Response call(String caller, Row row) {
        String path = row.path();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        var request = caller == null ? given() : given().auth().oauth2(KeycloakTokens.token(caller));
        if (row.body() != null) {
            Function<String, String> body = bodies.get(row.body());
            assertThat(body).as("request body '" + row.body() + "'").isNotNull();
            request = request.contentType("application/json").body(body.apply(caller));
        }
        return request.when().request(row.method(), path).andReturn();
    }

    /** The body and motions the table refers to, and one receipt per venue. */
    void prepare() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String committeeSubject = given().auth().oauth2(KeycloakTokens.token("committee"))
                .when().get("/api/v1/me").then().statusCode(200).extract().path("subject");
        String rules = """
                {"weighting": "HEADS", "quorum": {"fraction": "1/2", "basis": "SEATS"},
                 "majority": {"kind": "SIMPLE"}, "tieBreak": {"kind": "CHAIR_CASTING_VOTE"}}""";
        String body = "matrix-" + unique;
        asAdmin().body("""
                {"id": "%s", "name": "Matrix body", "kind": "TECHNICAL_COMMITTEE",
                 "seats": [{"holderPerson": "%s", "chair": true}, {"holderOrganisationId": "theatre-du-nord"},
                           {"holderOrganisationId": "opera-sud"}],
                 "rules": %s}""".formatted(body, committeeSubject, rules))
                .when().post("/api/v1/bodies").then().statusCode(201);
        String motion = """
                {"bodyId": "%s", "kind": "GENERAL", "title": "Matrix motion %s"}""";
        values.put("body", body);
        values.put("motion", asAdmin().body(motion.formatted(body, "open"))
                .when().post("/api/v1/motions").then().statusCode(201).extract().path("id"));
        values.put("motionToClose", asAdmin().body(motion.formatted(body, "to close"))
                .when().post("/api/v1/motions").then().statusCode(201).extract().path("id"));
        values.put("noSeat", UUID.randomUUID().toString());
        values.put("receiptNord", contribute("sdk-theatre-du-nord", "theatre-du-nord", "setup-" + unique));
        values.put("receiptSud", contribute("sdk-opera-sud", "opera-sud", "setup-" + unique));

        bodies.put("apply", caller -> """
                {"legalName": "Matrix applicant %s %s", "kind": "COMPANY", "regionCode": "76",
                 "departmentCode": "31", "contactEmail": "matrix@example.org"}""".formatted(caller, unique));
        bodies.put("suspension", caller -> "{\"reason\": \"authorisation matrix\"}");
        bodies.put("person", caller -> "{\"roles\": [\"analyst\"], \"displayName\": \"Matrix Person\"}");
        bodies.put("newBody", caller -> """
                {"id": "m-%s-%s", "name": "Matrix body", "kind": "OTHER",
                 "seats": [{"holderOrganisationId": "opera-sud", "chair": true}], "rules": %s}"""
                .formatted(caller, unique, rules));
        bodies.put("bodyUpdate", caller -> "{\"name\": \"Matrix body\", \"kind\": \"TECHNICAL_COMMITTEE\"}");
        bodies.put("seat", caller -> "{\"holderOrganisationId\": \"labo-publics\"}");
        bodies.put("rules", caller -> rules);
        bodies.put("motion", caller -> motion.formatted(body, "by " + caller));
        bodies.put("ballot", caller -> "{\"choice\": \"ABSTAIN\"}");
        bodies.put("batchNord", caller -> batch("theatre-du-nord", caller + "-" + unique));
        bodies.put("batchSud", caller -> batch("opera-sud", caller + "-" + unique));
    }

    static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().oauth2(KeycloakTokens.token("admin")).contentType("application/json");
    }

    static String contribute(String client, String org, String recordId) {
        return given().auth().oauth2(KeycloakTokens.token(client)).contentType("application/json")
                .body(batch(org, recordId))
                .when().post("/api/v1/datasets/" + org + "-billetterie/contributions")
                .then().statusCode(202).extract().path("id");
    }

    /** One valid performance record for the venue's box-office dataset. */
    static String batch(String org, String recordId) {
        return """
                [{"datasetId":"%s-billetterie","contributorOrg":"%s","recordType":"performance","recordId":"%s",
                  "version":1,"schemaVersion":"1.0","payload":{"production":{"title":"Le Misanthrope"},
                  "work":{"title":"Le Misanthrope","authors":["Molière"],"type":"play","yearOfFirstPerformance":1666},
                  "venue":{"hallName":"Grande salle","capacity":500},"startDateTime":"2026-03-14T20:00:00+01:00",
                  "genre":"theatre","language":"fr","durationMinutes":150,"performers":9,"youngAudience":false,
                  "coProduction":false}}]""".formatted(org, org, recordId);
    }
}
