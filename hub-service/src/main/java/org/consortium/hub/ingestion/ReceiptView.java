package org.consortium.hub.ingestion;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A receipt as its contributor reads it.
 *
 * @param status   PENDING while accepted records are still on their way, COMPLETE after
 * @param accepted records written to the broker
 * @param stored   records applied by ingestion (stored, or unchanged because not newer)
 * @param pending  accepted records not yet applied nor rejected
 * @param unchanged of the stored records, those that changed nothing: the same content at the
 *                  same version (a resend), or an older version than the one held
 * @param rejected every refused record, at submission or at ingestion, with its reasons: none of
 *                 them is stored
 * @param flagged  records stored with a warning (occupancy above 100 % within the dataset's tolerance)
 */
public record ReceiptView(String id, String datasetId, String organisationId, OffsetDateTime createdAt,
                          String status, int accepted, int stored, int unchanged, int pending,
                          List<Rejection> rejected, List<Rejection> flagged) {

    /** One refused record: its index in the batch, its record id, the stage and the reasons. */
    public record Rejection(Integer index, String recordId, String stage, List<String> reasons) {
    }

    static ReceiptView of(Receipt r, List<ReceiptRejection> rejections) {
        int pending = Math.max(0, r.accepted - r.stored - r.rejectedAtIngestion);
        return new ReceiptView(r.id, r.datasetId, r.organisationId, r.createdAt, pending == 0 ? "COMPLETE" : "PENDING",
                r.accepted, r.stored, r.unchanged, pending, rejections.stream()
                .filter(x -> !ReceiptRejection.FLAGGED.equals(x.stage))
                .map(x -> new Rejection(x.recordIndex, x.recordId, x.stage, List.of(x.reasons.split("\n"))))
                .toList(), rejections.stream().filter(x -> ReceiptRejection.FLAGGED.equals(x.stage))
                .map(x -> new Rejection(x.recordIndex, x.recordId, x.stage, List.of(x.reasons.split("\n"))))
                .toList());
    }
}
