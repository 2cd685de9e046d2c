package org.consortium.hub.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.security.Caller;
import jakarta.inject.Inject;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.web.problem.NotFoundProblem;

/** Reads receipts for their contributors (and the secretariat). */
@ApplicationScoped
public class ReceiptService {

    @Inject
    AccessRules access;

    /**
     * The receipt, if the caller may read it ({@link AccessRules#requireReceiptReader}): 403
     * otherwise. Receipt ids are random UUIDs, so the difference with 404 reveals nothing useful.
     */
    @Transactional
    public ReceiptView view(String id, Caller caller) {
        Receipt receipt = Receipt.findById(id);
        if (receipt == null) {
            throw new NotFoundProblem("Receipt", id);
        }
        access.requireReceiptReader(caller, receipt.organisationId);
        return view(receipt);
    }

    @Transactional
    public ReceiptView view(Receipt receipt) {
        List<ReceiptRejection> rejections = ReceiptRejection.<ReceiptRejection>list(
                "receiptId = ?1 order by stage desc, recordIndex, id", receipt.id);
        return ReceiptView.of(receipt, rejections);
    }

    @Transactional
    public Optional<Receipt> byIdempotencyKey(String organisationId, String key) {
        return Receipt.find("organisationId = ?1 and idempotencyKey = ?2", organisationId, key).firstResultOptional();
    }
}
