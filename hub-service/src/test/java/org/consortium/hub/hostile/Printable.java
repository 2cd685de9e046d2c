package org.consortium.hub.hostile;

/** Shows hostile text in a test name: control characters escaped, long text cut. */
final class Printable {

    private Printable() {
    }

    /** C0 and C1 control characters and Unicode line and paragraph separators: what forges a line. */
    static boolean isLineBreakOrControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }

    static boolean hasLineBreakOrControl(String text) {
        return text.chars().anyMatch(Printable::isLineBreakOrControl);
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder("'");
        text.codePoints().limit(60).forEach(c -> {
            if (isLineBreakOrControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(text.length() > 60 ? "...' (" + text.length() + " chars)" : "'").toString();
    }
}
