package org.consortium.hub.governance;

import static org.consortium.hub.governance.Governance.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The decision log verifies, and names the first entry changed behind the application's back. */
@QuarkusTest
class DecisionLogTest {

    @Inject
    DataSource dataSource;

    @Test
    void tamperingWithARowIsReportedAtItsSequence() throws Exception {
        String body = Governance.personBody(Governance.SIMPLE_HEADS, "admin");
        String motion = Governance.open(body, "GENERAL", null, null);
        Governance.vote("admin", motion, "YES").statusCode(201);
        int seq = as("admin").when().get("/api/v1/motions/" + motion).then().extract().path("decisionSeq");
        as("admin").when().get("/api/v1/decisions/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("firstBrokenSeq", nullValue());

        String original = outcomeOf(seq);
        try {
            execute("update decision_log set outcome = 'REJECTED' where seq = ?", seq);
            as("admin").when().get("/api/v1/decisions/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo(seq))
                    .body("reason", containsString("does not match its hash"));
        } finally {
            execute("update decision_log set outcome = '" + original + "' where seq = ?", seq);
        }
        as("admin").when().get("/api/v1/decisions/verify").then().body("valid", equalTo(true));
    }

    @Test
    void decisionsArePagedAndUnknownOnesAreNotFound() {
        as("analyst").when().get("/api/v1/decisions?size=1").then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1));
        as("analyst").when().get("/api/v1/decisions/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Decision '999999999' does not exist"));
        as("analyst").when().get("/api/v1/decisions?size=0").then().statusCode(400);
    }

    private String outcomeOf(long seq) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select outcome from decision_log where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private void execute(String sql, long seq) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }
}
