package org.consortium.hub.ingestion;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Names and reading of the Kafka headers that go with a record message. */
public final class MessageHeaders {

    public static final String RECEIPT_ID = "receipt-id";
    public static final String RECORD_INDEX = "record-index";
    public static final String SCHEMA_VERSION = "schema-version";
    public static final String REJECTION_REASON = "rejection-reason";

    private MessageHeaders() {
    }

    static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

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
