package org.consortium.hub.ingestion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One refused record of a receipt, with the stage that refused it and why. */
@Entity
@Table(name = "receipt_rejection")
public class ReceiptRejection extends PanacheEntityBase {

    /** SUBMISSION (the contribution API) or INGESTION (the consumer). */
    public static final String SUBMISSION = "SUBMISSION";
    public static final String INGESTION = "INGESTION";
    /** Not a refusal: a record stored with a warning (a soft plausibility breach). */
    public static final String FLAGGED = "FLAGGED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "receipt_id", nullable = false)
    public String receiptId;

    @Column(nullable = false)
    public String stage;

    @Column(name = "record_index")
    public Integer recordIndex;

    @Column(name = "record_id")
    public String recordId;

    /** Reasons, one per line. */
    @Column(nullable = false)
    public String reasons;

    /** Width of column record_id, the contract's longest record id. */
    static final int RECORD_ID_LENGTH = 128;

    /** The record id a refused record was sent with, if the receipt can keep it (see {@link SentIds}). */
    static String keptRecordId(String sent) {
        return SentIds.usable(sent, RECORD_ID_LENGTH);
    }
}
