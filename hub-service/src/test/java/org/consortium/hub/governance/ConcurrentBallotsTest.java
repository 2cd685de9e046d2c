package org.consortium.hub.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consortium.hub.governance.Governance.as;
import static org.consortium.hub.governance.Governance.open;
import static org.consortium.hub.governance.Governance.personBody;
import static org.consortium.hub.governance.Governance.unique;
import static org.consortium.hub.governance.Governance.vote;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.consortium.hub.policies.voting.Choice;
import org.consortium.hub.security.LocalAccount;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, fault injection: ballots fired all at once. One seat gets exactly one ballot
 * however many arrive together (the others are precise 409s), and ballots for different seats
 * of one body all land.
 */
@QuarkusTest
class ConcurrentBallotsTest {

    static final int CALLERS = 50;

    @Inject
    AgroalDataSource dataSource;

    /** One seat, fifty ballots at once: one stored, forty-nine refused as already voted. */
    @Test
    void fiftyBallotsForOneSeatStoreExactlyOne() throws Exception {
        // A second seat keeps the motion open after the first ballot, so that every refusal is
        // "already voted", not "closed".
        String body = personBody(Governance.SIMPLE_HEADS, "admin", "committee");
        String motion = open(body, "GENERAL", null, null);
        String seat = as("admin").when().get("/api/v1/motions/" + motion)
                .then().extract().path("seats.find { it.holderPerson == 'admin' }.id");

        List<ExtractableResponse<Response>> answers = allAtOnce(i -> vote("admin", motion, choice(i).name()).extract());

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(ExtractableResponse::statusCode, Collectors.counting()));
        assertThat(statuses).as(bodies(answers)).containsOnlyKeys(201, 409)
                .containsEntry(201, 1L).containsEntry(409, CALLERS - 1L);
        for (ExtractableResponse<Response> refused : answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/conflict");
            assertThat(refused.jsonPath().getString("detail"))
                    .isEqualTo("Seat " + seat + " has already voted on motion " + motion
                            + ": one ballot per seat, and a ballot cannot be changed");
        }
        assertThat(ballotsInDatabase(motion, seat)).isEqualTo(1);
        as("admin").when().get("/api/v1/motions/" + motion)
                .then().body("status", equalTo("OPEN")).body("ballotsCast", equalTo(1));

        // Closing tallies that one ballot, once; its choice is shown now that the motion is closed.
        as("admin").when().post("/api/v1/motions/" + motion + "/close").then().statusCode(200);
        List<String> choices = as("admin").when().get("/api/v1/motions/" + motion + "/ballots")
                .then().statusCode(200).body("$", hasSize(1)).extract().jsonPath().getList("choice");
        assertThat(decisionLines(motion))
                .contains("Ballots: 1 of 2 seats voted: " + heads(Map.of(Choice.valueOf(choices.get(0)), 1L)) + ".");
    }

    /** Fifty seats, one ballot each, all at once: every one lands and the last closes the motion. */
    @Test
    void fiftyBallotsFromFiftySeatsAllLand() throws Exception {
        List<String> voters = voters(CALLERS);
        String body = personBody(Governance.SIMPLE_HEADS, voters.toArray(String[]::new));
        String motion = open(body, "GENERAL", null, null);

        List<ExtractableResponse<Response>> answers =
                allAtOnce(i -> vote(voters.get(i), motion, choice(i).name()).extract());

        assertThat(answers).as(bodies(answers)).extracting(ExtractableResponse::statusCode).containsOnly(201);
        assertThat(ballotsInDatabase(motion, null)).isEqualTo(CALLERS);
        Map<Choice, Long> sent = new java.util.EnumMap<>(Choice.class);
        for (int i = 0; i < CALLERS; i++) {
            sent.merge(choice(i), 1L, Long::sum);
        }
        as("admin").when().get("/api/v1/motions/" + motion)
                .then().body("status", equalTo("CLOSED")).body("ballotsCast", equalTo(CALLERS));
        as("admin").when().get("/api/v1/motions/" + motion + "/ballots")
                .then().body("$", hasSize(CALLERS));
        assertThat(decisionLines(motion))
                .contains("Ballots: " + CALLERS + " of " + CALLERS + " seats voted: " + heads(sent) + ".");
    }

    /** The answers, to say what went wrong when a status is not the expected one. */
    private static String bodies(List<ExtractableResponse<Response>> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.body().asString()).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** Choices spread over the three, so that the tally shows which ballots counted. */
    private static Choice choice(int i) {
        return Choice.values()[i % Choice.values().length];
    }

    private static String heads(Map<Choice, Long> counts) {
        return "yes " + counts.getOrDefault(Choice.YES, 0L) + ", no " + counts.getOrDefault(Choice.NO, 0L)
                + ", abstain " + counts.getOrDefault(Choice.ABSTAIN, 0L);
    }

    /**
     * Runs {@code call} on {@link #CALLERS} threads released together by one latch, and waits
     * for every answer.
     */
    private static <T> List<T> allAtOnce(IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.apply(n);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all callers ready").isTrue();
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : calls) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Local accounts for people who hold one seat each. Hashed at bcrypt's lowest cost: fifty
     * sign-ins at once must not turn the test into a bcrypt benchmark on a small machine.
     */
    private static List<String> voters(int count) {
        String prefix = unique("voter");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + "-" + i);
        }
        QuarkusTransaction.requiringNew().run(() -> names.forEach(name -> {
            LocalAccount account = new LocalAccount();
            account.username = name;
            account.passwordHash = BcryptUtil.bcryptHash(name + "-pass", 4);
            account.roles = "";
            account.displayName = name;
            account.persist();
        }));
        return names;
    }

    private int ballotsInDatabase(String motion, String seat) throws Exception {
        String sql = "select count(*) from ballot where motion_id = ?" + (seat == null ? "" : " and seat_id = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(motion));
            if (seat != null) {
                ps.setObject(2, UUID.fromString(seat));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<String> decisionLines(String motion) {
        int seq = as("admin").when().get("/api/v1/motions/" + motion).then().extract().path("decisionSeq");
        return as("admin").when().get("/api/v1/decisions/" + seq).then().statusCode(200)
                .extract().jsonPath().getList("explanation.lines");
    }
}
