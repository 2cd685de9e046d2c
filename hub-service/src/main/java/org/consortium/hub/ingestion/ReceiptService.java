package org.consortium.hub.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.Roles;
import org.consortium.hub.web.problem.NotFoundProblem;

/** Reads receipts for their contributors (and the secretariat). */
@ApplicationScoped
public class ReceiptService {

    /**
     * The receipt, if the caller acts for the organisation that submitted it or is a
     * hub-admin; otherwise 404, so that receipt ids of other members reveal nothing.
     */
    @Transactional
    public ReceiptView view(String id, Caller caller) {
        Receipt receipt = Receipt.findById(id);
        if (receipt == null || !(caller.actsFor(receipt.organisationId) || caller.hasRole(Roles.HUB_ADMIN))) {
            throw new NotFoundProblem("Receipt", id);
        }
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
