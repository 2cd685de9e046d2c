package org.consortium.hub.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.sdk.contract.Plausibility;

/**
 * Checks a batch's attendance lines against the lines stored for their performance, and against
 * each other, before any is stored (the same SQL on every database):
 *
 * <ul>
 *   <li><b>one performance, one set of figures</b>: a line is refused when another record already
 *       holds the figures of the same performance, tariff, buyers' department and age band, or
 *       when it would mix, for one performance and tariff, a line with no breakdown (a box-office
 *       summary's total) and lines broken down by department or age band (ticket lines summed at
 *       the venue): two export layouts describing the same performance would count it twice;
 *   <li><b>occupancy</b> ({@link Plausibility#occupancy}): the performance's tickets over all its
 *       lines beyond its capacity plus the dataset's tolerance refuse the line; above 100 % within the
 *       tolerance, the line is stored and flagged.
 * </ul>
 *
 * A line whose performance is not stored yet is checked for the first rule only.
 */
@ApplicationScoped
public class AttendanceFigures {

    /** A refusal, a flag, or neither. */
    record Verdict(String refusal, String flag) {
        static final Verdict OK = new Verdict(null, null);
    }

    private record Line(String recordId, String tariff, String department, String ageBand, boolean total,
                        long tickets) {
        boolean sameCell(Line o) {
            return tariff.equals(o.tariff) && department.equals(o.department) && ageBand.equals(o.ageBand);
        }
    }

    private static final class Performance {
        Integer capacity;
        int tolerancePercent = Plausibility.DEFAULT_TOLERANCE_PERCENT;
        final Map<String, Line> lines = new LinkedHashMap<>();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The stored lines of a performance. A line with a department or an age band is broken down;
     * only one with neither in its facts may be a total, which its payload tells.
     */
    private static final String LINES = "select a.record_id, a.tariff_category, a.buyer_department, a.age_band, "
            + "a.tickets, case when a.buyer_department = '" + RecordApplier.UNKNOWN_DEPARTMENT + "' and a.age_band = '"
            + RecordApplier.UNKNOWN_AGE_BAND + "' then (select r.payload from contributed_record r "
            + "where r.dataset_id = a.dataset_id and r.record_id = a.record_id) end "
            + "from attendance_fact a where a.dataset_id = ? and a.performance_record_id = ?";

    /** Ids of the batch that name a stored record of another type: the store refuses those. */
    private static final String OTHER_TYPES = "select record_id from contributed_record "
            + "where dataset_id = ? and record_type <> 'attendance' and record_id in (%s)";

    /** Ids per query of {@link #OTHER_TYPES}. */
    private static final int CHUNK = 500;

    private static final String CAPACITY = "select p.capacity, d.occupancy_tolerance_percent from performance_fact p "
            + "join dataset d on d.id = p.dataset_id where p.dataset_id = ? and p.record_id = ?";

    /** One verdict per record, in the order given. */
    List<Verdict> check(Connection c, List<CheckedRecord> records) throws SQLException {
        Map<List<String>, Performance> performances = new HashMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (CheckedRecord checked : records) {
            StoredRecord r = checked.record();
            if (r.deleted()) {
                performances.values().forEach(p -> p.lines.remove(r.recordId()));
                verdicts.add(Verdict.OK);
                continue;
            }
            JsonNode p = checked.payload();
            String performanceId = p.path("performanceRecordId").asText();
            Performance perf = performances.get(List.of(r.datasetId(), performanceId));
            if (perf == null) {
                perf = load(c, r.datasetId(), performanceId);
                performances.put(List.of(r.datasetId(), performanceId), perf);
            }
            Line line = lineOf(r.recordId(), p);
            Verdict v = verdict(perf, line, performanceId);
            if (v.refusal() == null) {
                performances.values().forEach(other -> other.lines.remove(r.recordId()));
                perf.lines.put(r.recordId(), line);
            }
            verdicts.add(v);
        }
        // A record whose id names a stored record of another type is refused by the store, for
        // that reason first: it is not judged on its figures.
        List<CheckedRecord> refused = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (verdicts.get(i).refusal() != null) {
                refused.add(records.get(i));
            }
        }
        if (!refused.isEmpty()) {
            java.util.Set<List<String>> otherTypes = otherTypes(c, refused);
            for (int i = 0; i < records.size(); i++) {
                if (verdicts.get(i).refusal() != null && otherTypes.contains(AttendanceLoader.key(records.get(i).record()))) {
                    verdicts.set(i, Verdict.OK);
                }
            }
        }
        return verdicts;
    }

    private static Verdict verdict(Performance perf, Line line, String performanceId) {
        for (Line other : perf.lines.values()) {
            if (other.recordId().equals(line.recordId())) {
                continue;
            }
            if (other.sameCell(line)) {
                return new Verdict("figures: performance '" + performanceId + "', tariff " + line.tariff()
                        + describe(line) + " already has its figures in record '" + other.recordId()
                        + "': one performance, one set of figures. Two exports of the same performances"
                        + " (e.g. a box-office summary and ticket lines) must not go to one dataset;"
                        + " withdraw one set (hub-contribute withdraw), or send corrections with the"
                        + " record ids already used", null);
            }
            if (other.tariff().equals(line.tariff()) && other.total() != line.total()) {
                return new Verdict("figures: performance '" + performanceId + "', tariff " + line.tariff()
                        + " already has " + (other.total() ? "a total line" : "lines broken down by buyers'"
                        + " department or age band") + " (record '" + other.recordId() + "'), and this "
                        + (line.total() ? "total line" : "broken-down line") + " comes from another export"
                        + " layout: the same tickets would count twice. One performance, one set of"
                        + " figures: withdraw one set (hub-contribute withdraw) or send it to another dataset", null);
            }
        }
        if (perf.capacity == null) {
            return Verdict.OK;
        }
        long tickets = line.tickets();
        for (Line other : perf.lines.values()) {
            if (!other.recordId().equals(line.recordId())) {
                tickets += other.tickets();
            }
        }
        Plausibility.Finding f = Plausibility.occupancy(performanceId, perf.capacity, tickets,
                perf.tolerancePercent);
        if (f == null) {
            return Verdict.OK;
        }
        return f.severity() == Plausibility.Severity.HARD
                ? new Verdict("implausible: " + f.message(), null) : new Verdict(null, f.message());
    }

    private static String describe(Line line) {
        List<String> parts = new ArrayList<>();
        if (!line.department().equals(RecordApplier.UNKNOWN_DEPARTMENT)) {
            parts.add("buyers' department " + line.department());
        }
        if (!line.ageBand().equals(RecordApplier.UNKNOWN_AGE_BAND)) {
            parts.add("age band " + line.ageBand());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static Line lineOf(String recordId, JsonNode p) {
        boolean total = !p.hasNonNull("buyerDepartment") && !p.hasNonNull("ageBand");
        return new Line(recordId, p.path("tariffCategory").asText(),
                p.hasNonNull("buyerDepartment") ? p.get("buyerDepartment").asText() : RecordApplier.UNKNOWN_DEPARTMENT,
                p.hasNonNull("ageBand") ? p.get("ageBand").asText() : RecordApplier.UNKNOWN_AGE_BAND,
                total, p.path("tickets").asLong(0));
    }

    /** Keys (dataset, record id) of the batch's records that name a stored record of another type. */
    private static java.util.Set<List<String>> otherTypes(Connection c, List<CheckedRecord> records)
            throws SQLException {
        Map<String, List<String>> idsByDataset = new LinkedHashMap<>();
        for (CheckedRecord r : records) {
            idsByDataset.computeIfAbsent(r.record().datasetId(), k -> new ArrayList<>()).add(r.record().recordId());
        }
        java.util.Set<List<String>> out = new java.util.HashSet<>();
        for (Map.Entry<String, List<String>> e : idsByDataset.entrySet()) {
            List<String> ids = e.getValue().stream().distinct().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String sql = OTHER_TYPES.formatted(String.join(",", java.util.Collections.nCopies(chunk.size(), "?")));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, e.getKey());
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(List.of(e.getKey(), rs.getString(1)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Performance load(Connection c, String datasetId, String performanceId) throws SQLException {
        Performance perf = new Performance();
        try (PreparedStatement ps = c.prepareStatement(CAPACITY)) {
            ps.setString(1, datasetId);
            ps.setString(2, performanceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    perf.capacity = rs.getInt(1);
                    perf.tolerancePercent = rs.getInt(2);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(LINES)) {
            ps.setString(1, datasetId);
            ps.setString(2, performanceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String payload = rs.getString(6);
                    boolean total = false;
                    if (payload != null) {
                        try {
                            total = lineOf(rs.getString(1), JSON.readTree(payload)).total();
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new SQLException("stored payload of " + rs.getString(1) + " is not JSON", e);
                        }
                    }
                    perf.lines.put(rs.getString(1), new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), total, rs.getLong(5)));
                }
            }
        }
        return perf;
    }
}
