package org.consortium.hub.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.identifiers.IdentifierAssigner;

/**
 * Brings the facts and the rollups in line with a record that has just replaced its
 * previous version. Invariant: an attendance line is counted in the rollups ({@code rolled})
 * exactly when its performance is live, and under that performance's current month, genre
 * and venue. So a performance that changes month or genre moves its lines with it, and a
 * line that arrives before its performance waits, uncounted, until the performance comes.
 */
@ApplicationScoped
public class RecordApplier {

    /** Sentinels for optional dimensions, so that rollup keys never hold nulls. */
    static final String UNKNOWN_DEPARTMENT = "UNK";
    static final String UNKNOWN_AGE_BAND = "unknown";

    private final Facts facts;
    private final IdentifierAssigner identifiers;

    public RecordApplier(Facts facts, IdentifierAssigner identifiers) {
        this.facts = facts;
        this.identifiers = identifiers;
    }

    public void apply(Connection c, StoredRecord record, JsonNode payload, RollupDeltas deltas) throws SQLException {
        String production = identifiers.apply(c, record, payload);
        switch (record.recordType()) {
            case "performance" -> applyPerformance(c, record, payload, production, deltas);
            case "attendance" -> applyAttendance(c, record, payload, deltas);
            default -> {
                // Works feed the shared identifiers (above), not the rollups.
            }
        }
    }

    private void applyPerformance(Connection c, StoredRecord r, JsonNode payload, String production,
                                  RollupDeltas deltas) throws SQLException {
        Optional<Facts.Performance> before = facts.performance(c, r.datasetId(), r.recordId());
        Facts.Performance after = r.deleted() ? null : performanceOf(r, payload, production);
        List<Facts.Attendance> lines = facts.attendanceOf(c, r.datasetId(), r.recordId());
        if (before.isPresent()) {
            deltas.addPerformance(before.get(), -1);
            for (Facts.Attendance line : lines) {
                if (line.rolled()) {
                    deltas.addAttendance(before.get(), line, -1);
                }
            }
        }
        if (after != null) {
            deltas.addPerformance(after, +1);
            for (Facts.Attendance line : lines) {
                deltas.addAttendance(after, line, +1);
            }
            facts.putPerformance(c, after);
        } else {
            facts.deletePerformance(c, r.datasetId(), r.recordId());
        }
        if (!lines.isEmpty()) {
            facts.setRolled(c, r.datasetId(), r.recordId(), after != null);
        }
    }

    private void applyAttendance(Connection c, StoredRecord r, JsonNode payload, RollupDeltas deltas)
            throws SQLException {
        Optional<Facts.Attendance> before = facts.attendance(c, r.datasetId(), r.recordId());
        if (before.isPresent() && before.get().rolled()) {
            facts.performance(c, r.datasetId(), before.get().performanceRecordId())
                    .ifPresent(p -> deltas.addAttendance(p, before.get(), -1));
        }
        if (r.deleted()) {
            facts.deleteAttendance(c, r.datasetId(), r.recordId());
            return;
        }
        Facts.Attendance after = attendanceOf(r, payload);
        Optional<Facts.Performance> performance = facts.performance(c, r.datasetId(), after.performanceRecordId());
        performance.ifPresent(p -> deltas.addAttendance(p, after, +1));
        facts.putAttendance(c, after.rolled(performance.isPresent()));
    }

    static Facts.Performance performanceOf(StoredRecord r, JsonNode p, String production) {
        OffsetDateTime start = OffsetDateTime.parse(p.get("startDateTime").asText());
        return new Facts.Performance(r.datasetId(), r.recordId(), r.contributor(),
                start.toLocalDate().withDayOfMonth(1), p.get("genre").asText(),
                production == null ? Facts.NO_PRODUCTION : production, p.path("venue").path("capacity").asInt(0));
    }

    static Facts.Attendance attendanceOf(StoredRecord r, JsonNode p) {
        return new Facts.Attendance(r.datasetId(), r.recordId(), p.get("performanceRecordId").asText(),
                p.get("tariffCategory").asText(),
                p.hasNonNull("buyerDepartment") ? p.get("buyerDepartment").asText() : UNKNOWN_DEPARTMENT,
                p.hasNonNull("ageBand") ? p.get("ageBand").asText() : UNKNOWN_AGE_BAND,
                p.path("tickets").asInt(0), p.path("revenueCents").asLong(0), p.path("firstTimeBuyers").asInt(0),
                false);
    }
}
