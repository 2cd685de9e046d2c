package org.consortium.hub.ingestion;

/**
 * Ids as a record was sent with them, before (or without) the contract's check: anything,
 * megabytes, NUL, line breaks. The hub puts one in a query or a receipt only when it could be
 * a valid id and fits the column; PostgreSQL, for one, refuses NUL in text and would fail the
 * whole batch's transaction. A refused record is named by its index anyway.
 */
final class SentIds {

    private SentIds() {
    }

    /** {@code sent} if it is 1 to {@code width} characters without whitespace, control characters or surrogates. */
    static String usable(String sent, int width) {
        if (sent == null || sent.isEmpty() || sent.length() > width) {
            return null;
        }
        for (int i = 0; i < sent.length(); i++) {
            char c = sent.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)) {
                return null;
            }
        }
        return sent;
    }
}
