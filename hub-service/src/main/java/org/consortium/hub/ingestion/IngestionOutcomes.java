package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one consumed batch did to each receipt: records applied and records refused. Written
 * in the batch's transaction. A receipt the API never created (a member producing to Kafka
 * directly) is created here, its accepted count being what the consumer saw.
 */
final class IngestionOutcomes {

    /** A refused record, for its receipt and for the dead-letter topic. */
    record Refusal(String receiptId, String datasetId, Integer index, String recordId, List<String> reasons,
                   String envelope) {
    }

    private static final class Tally {
        String datasetId;
        String organisationId;
        int stored;
        int unchanged;
        final List<Refusal> refusals = new ArrayList<>();
        final List<Refusal> flags = new ArrayList<>();
    }

    private final Map<String, Tally> byReceipt = new LinkedHashMap<>();

    void stored(String receiptId, String datasetId, String organisationId, boolean unchanged) {
        Tally t = tally(receiptId, datasetId, organisationId);
        t.stored++;
        if (unchanged) {
            t.unchanged++;
        }
    }

    /** A record stored with a warning, shown on its receipt. */
    void flagged(String receiptId, String datasetId, String organisationId, Integer index, String recordId,
                 String reason) {
        tally(receiptId, datasetId, organisationId).flags.add(
                new Refusal(receiptId, datasetId, index, recordId, List.of(reason), null));
    }

    void refused(Refusal refusal, String organisationId) {
        tally(refusal.receiptId(), refusal.datasetId(), organisationId).refusals.add(refusal);
    }

    List<Refusal> refusals() {
        return byReceipt.values().stream().flatMap(t -> t.refusals.stream()).toList();
    }

    private Tally tally(String receiptId, String datasetId, String organisationId) {
        Tally t = byReceipt.computeIfAbsent(receiptId, k -> new Tally());
        // A refused record's ids are whatever it was sent with: kept only if the receipt can hold them.
        if (t.datasetId == null) {
            t.datasetId = SentIds.usable(datasetId, ID_WIDTH);
        }
        if (t.organisationId == null) {
            t.organisationId = SentIds.usable(organisationId, ID_WIDTH);
        }
        return t;
    }

    /** Width of the receipt's dataset_id and organisation_id columns. */
    private static final int ID_WIDTH = 64;

    void write(Connection c) throws SQLException {
        for (Map.Entry<String, Tally> e : byReceipt.entrySet()) {
            Tally t = e.getValue();
            int updated;
            try (PreparedStatement ps = c.prepareStatement("update receipt set stored = stored + ?, "
                    + "unchanged = unchanged + ?, rejected_at_ingestion = rejected_at_ingestion + ? where id = ?")) {
                ps.setInt(1, t.stored);
                ps.setInt(2, t.unchanged);
                ps.setInt(3, t.refusals.size());
                ps.setString(4, e.getKey());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement("insert into receipt (id, dataset_id, organisation_id, "
                        + "created_at, accepted, rejected_at_submission, stored, rejected_at_ingestion, unchanged) "
                        + "values (?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, t.datasetId == null ? "unknown" : t.datasetId);
                    ps.setString(3, t.organisationId == null ? "unknown" : t.organisationId);
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                    ps.setInt(5, t.stored + t.refusals.size());
                    ps.setInt(6, t.stored);
                    ps.setInt(7, t.refusals.size());
                    ps.setInt(8, t.unchanged);
                    ps.executeUpdate();
                }
            }
            List<Refusal> noted = new ArrayList<>(t.refusals);
            noted.addAll(t.flags);
            if (!noted.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("insert into receipt_rejection "
                        + "(receipt_id, stage, record_index, record_id, reasons) values (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < noted.size(); i++) {
                        Refusal r = noted.get(i);
                        ps.setString(1, e.getKey());
                        ps.setString(2, i < t.refusals.size() ? ReceiptRejection.INGESTION : ReceiptRejection.FLAGGED);
                        if (r.index() == null) {
                            ps.setNull(3, java.sql.Types.INTEGER);
                        } else {
                            ps.setInt(3, r.index());
                        }
                        ps.setString(4, ReceiptRejection.keptRecordId(r.recordId()));
                        ps.setString(5, String.join("\n", r.reasons()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }
    }
}
