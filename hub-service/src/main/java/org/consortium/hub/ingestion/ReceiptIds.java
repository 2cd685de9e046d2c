package org.consortium.hub.ingestion;

/**
 * Which ids of a refused record a receipt keeps. A refused record may carry anything in its
 * ids (megabytes, NUL, line breaks); the receipt keeps an id only when it could be a valid one
 * and fits its column, since the record's index names it anyway. PostgreSQL, for one, cannot
 * store NUL in text.
 */
final class ReceiptIds {

    private ReceiptIds() {
    }

    /** {@code sent} if it is 1 to {@code width} characters without whitespace, control characters or surrogates. */
    static String kept(String sent, int width) {
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
