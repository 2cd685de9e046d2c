package org.consortium.hub.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies one batch of record messages in one database transaction: skips what an earlier
 * delivery already applied, checks each record at the gate, stores the new versions, updates
 * facts and rollups (performances and works one by one, attendance lines through the
 * {@link AttendanceLoader}, in bulk on PostgreSQL), and counts the outcome on each receipt. Either all of it commits or
 * none of it does, so a crash at any point loses and doubles nothing.
 */
@ApplicationScoped
public class RecordBatchProcessor {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final ConsumerOffsets offsets;
    private final RecordGate gate;
    private final RecordStore store;
    private final RecordApplier applier;
    private final RollupStore rollups;
    private final AttendanceLoader attendanceLoader;
    private final AttendanceFigures figures;

    public RecordBatchProcessor(AgroalDataSource dataSource, ObjectMapper mapper, ConsumerOffsets offsets,
                                RecordGate gate, RecordStore store, RecordApplier applier, RollupStore rollups,
                                AttendanceLoader attendanceLoader, AttendanceFigures figures) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.offsets = offsets;
        this.gate = gate;
        this.store = store;
        this.applier = applier;
        this.rollups = rollups;
        this.attendanceLoader = attendanceLoader;
        this.figures = figures;
    }

    /** Applies the batch; returns the refused records (for the dead-letter topic). */
    public List<IngestionOutcomes.Refusal> process(List<IncomingRecord> batch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return apply(c, batch);
            }
        });
    }

    /** Counts one refused record on its receipt, in a transaction of its own. */
    public void recordRefusal(IncomingRecord record, IngestionOutcomes.Refusal refusal) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                offsets.claim(c, List.of(record));
                IngestionOutcomes outcomes = new IngestionOutcomes();
                outcomes.refused(refusal, null);
                outcomes.write(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a refusal on receipt " + refusal.receiptId(), e);
            }
        });
    }

    private static final String NOT_AN_OBJECT = "$: not a JSON object (malformed JSON, or a key given twice)";

    private List<IngestionOutcomes.Refusal> apply(Connection c, List<IncomingRecord> batch) throws SQLException {
        List<IncomingRecord> fresh = offsets.claim(c, batch);
        RecordGate.Batch checks = gate.batch();
        RollupDeltas deltas = new RollupDeltas();
        List<CheckedRecord> attendance = new ArrayList<>();
        List<Pending> attendancePending = new ArrayList<>();
        IngestionOutcomes outcomes = new IngestionOutcomes();
        String directReceipt = "direct-" + UUID.randomUUID();
        List<JsonNode> envelopes = fresh.stream().map(r -> parse(r.json())).toList();
        // Only ids that could name a dataset go into the lock and lookup query: the records are
        // not checked yet, and one NUL in an id would fail the whole batch on PostgreSQL. The
        // lock comes before any fact is read.
        List<String> datasetIds = envelopes.stream().filter(e -> e != null && e.path("datasetId").isTextual())
                .map(e -> SentIds.usable(e.get("datasetId").asText(), 64)).filter(Objects::nonNull)
                .distinct().toList();
        checks.lockAndPrefetch(datasetIds);
        for (int i = 0; i < fresh.size(); i++) {
            IncomingRecord r = fresh.get(i);
            JsonNode envelope = envelopes.get(i);
            String receiptId = r.receiptId() != null ? r.receiptId() : directReceipt;
            String datasetId = envelope == null ? null : envelope.path("datasetId").asText(null);
            String recordId = envelope == null ? null : envelope.path("recordId").asText(null);
            String contributor = envelope == null ? null : envelope.path("contributorOrg").asText(null);
            List<String> reasons = envelope == null ? List.of(NOT_AN_OBJECT) : checks.refusals(envelope);
            if (!reasons.isEmpty()) {
                outcomes.refused(new IngestionOutcomes.Refusal(receiptId, datasetId, r.recordIndex(), recordId,
                        reasons, r.json()), contributor);
                continue;
            }
            StoredRecord record = new StoredRecord(datasetId, recordId, envelope.get("recordType").asText(),
                    envelope.get("version").asInt(), envelope.path("deleted").asBoolean(false), contributor,
                    envelope.hasNonNull("payload") ? envelope.get("payload").toString() : null);
            Pending pending = new Pending(r, receiptId, contributor, record);
            if (record.recordType().equals("attendance")) {
                attendance.add(new CheckedRecord(record, envelope.get("payload")));
                attendancePending.add(pending);
                continue;
            }
            RecordStore.Upsert upsert = store.upsert(record);
            if (upsert == RecordStore.Upsert.APPLIED) {
                applier.apply(c, record, envelope.get("payload"), deltas);
            }
            count(outcomes, pending, upsert);
        }
        // Performances and works first, their rollup changes written before the attendance
        // lines' (which may join the performances just stored): each step leaves the rollups
        // equal to a recomputation, so the next one starts from a consistent state.
        rollups.add(c, deltas);
        // One performance, one set of figures, within its hall: lines are checked against the
        // stored ones (and the batch's) before any is stored.
        List<AttendanceFigures.Verdict> verdicts = figures.check(c, attendance);
        List<CheckedRecord> admitted = new ArrayList<>();
        List<Pending> admittedPending = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceFigures.Verdict v = verdicts.get(i);
            Pending p = attendancePending.get(i);
            if (v.refusal() != null) {
                refuse(outcomes, p, v.refusal());
                continue;
            }
            if (v.flag() != null) {
                outcomes.flagged(p.receiptId(), p.record().datasetId(), p.contributor(),
                        p.message().recordIndex(), p.record().recordId(), v.flag());
            }
            admitted.add(attendance.get(i));
            admittedPending.add(p);
        }
        List<RecordStore.Upsert> loaded = attendanceLoader.load(c, admitted);
        for (int i = 0; i < admitted.size(); i++) {
            count(outcomes, admittedPending.get(i), loaded.get(i));
        }
        outcomes.write(c);
        return outcomes.refusals();
    }

    /** A record that passed the gate, with what its receipt needs. */
    private record Pending(IncomingRecord message, String receiptId, String contributor, StoredRecord record) {
    }

    /**
     * Counts a record on its receipt: stored (applied, or unchanged by a resend or an older
     * version), or refused when its id names a record of another type, or when it brings other
     * figures under a version already stored.
     */
    private void count(IngestionOutcomes outcomes, Pending p, RecordStore.Upsert upsert) {
        StoredRecord r = p.record();
        switch (upsert) {
            case APPLIED -> outcomes.stored(p.receiptId(), r.datasetId(), p.contributor(), false);
            case UNCHANGED, STALE -> outcomes.stored(p.receiptId(), r.datasetId(), p.contributor(), true);
            case CONFLICT -> refuse(outcomes, p, "version: " + r.recordType() + " '" + r.recordId()
                    + "' is already stored at version " + r.version() + " with other figures; a"
                    + " correction must raise the version (hub-contribute upload --correction, or"
                    + " --record-version " + (r.version() == Integer.MAX_VALUE ? r.version() : r.version() + 1)
                    + "): nothing was changed");
            case OTHER_TYPE -> {
                String storedType = store.find(r.datasetId(), r.recordId()).map(StoredRecord::recordType)
                        .orElse("other");
                refuse(outcomes, p, "recordId: '" + r.recordId() + "' already names "
                        + (storedType.matches("[aeiou].*") ? "an " : "a ") + storedType
                        + " record of dataset '" + r.datasetId() + "'; an id names one record: give this "
                        + r.recordType() + " record an id of its own");
            }
        }
    }

    private static void refuse(IngestionOutcomes outcomes, Pending p, String reason) {
        StoredRecord r = p.record();
        outcomes.refused(new IngestionOutcomes.Refusal(p.receiptId(), r.datasetId(), p.message().recordIndex(),
                r.recordId(), List.of(reason), p.message().json()), p.contributor());
    }

    /**
     * The envelope as a JSON object, or null. A key given twice in one object is malformed:
     * read last-one-wins, a record could say one thing to one reader and another to the next.
     */
    private JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = strictReader().readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private com.fasterxml.jackson.databind.ObjectReader strictReader() {
        return mapper.reader().with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
