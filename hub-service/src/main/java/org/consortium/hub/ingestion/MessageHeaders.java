package org.consortium.hub.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Names and reading of the Kafka headers that go with a record message. */
public final class MessageHeaders {

    public static final String RECEIPT_ID = "receipt-id";
    public static final String RECORD_INDEX = "record-index";
    public static final String SCHEMA_VERSION = "schema-version";
    public static final String REJECTION_REASON = "rejection-reason";
    /** On a dead letter cut to fit one Kafka message: the byte length of the refused record. */
    public static final String TRUNCATED_FROM = "truncated-from";

    private MessageHeaders() {
    }

    static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The receipt a record names, if it can be one: 1 to 64 printable ASCII characters without
     * spaces, like the ids the hub issues. Anyone producing to the topics sets this header: a value
     * no receipt can have (300 characters, a line break) is ignored, as if the record named none.
     */
    static String receiptId(Headers headers) {
        String value = text(headers, RECEIPT_ID);
        return value != null && RECEIPT_ID_FORM.matcher(value).matches() ? value : null;
    }

    private static final Pattern RECEIPT_ID_FORM = Pattern.compile("[\\x21-\\x7E]{1,64}");

    static Integer integer(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
