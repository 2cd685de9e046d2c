package org.consortium.hub.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/** Byte-level hostility: JSON that does not parse, and byte sequences that are not UTF-8. */
final class RawBytes {

    /** A named byte sequence. */
    record Bytes(String description, byte[] bytes) {
    }

    private RawBytes() {
    }

    /** Text that is not JSON, or not one JSON value, each as a whole document. */
    static final List<String> MALFORMED = List.of(
            "[{'datasetId': 'x'}]",
            "[{datasetId: \"x\"}]",
            "[1,]",
            "[,1]",
            "[{\"a\":1,}]",
            "[/* comment */ {}]",
            "[// comment\n{}]",
            "[# comment\n{}]",
            "[NaN]",
            "[Infinity]",
            "[-Infinity]",
            "[012]",
            "[0x1F]",
            "[.5]",
            "[1.]",
            "[+1]",
            "[\"\\x41\"]",
            "[\"\\u12\"]",
            "[\"\\uZZZZ\"]",
            "[\"unterminated]",
            "[\"raw\nline break\"]",
            "[\"raw\ttab\"]",
            "[{}] []",
            "[{}]]",
            "]",
            "[",
            "{",
            "[{\"a\" 1}]",
            "[{\"a\":}]",
            "[{\"a\"::1}]",
            "[{1:2}]",
            "[tru]",
            "[nul]",
            "[\"a\" \"b\"]",
            "[1 2]",
            "[{\"a\":1}{\"b\":2}]",
            "[\u0000]",
            "[{\"a\":\"b\"\u0000}]");

    /** Invalid UTF-8 sequences (RFC 3629), each of which a strict decoder refuses. */
    static final List<Bytes> INVALID_UTF8 = List.of(
            bytes("lone continuation byte 0x80", "80"),
            bytes("lone continuation byte 0xBF", "bf"),
            bytes("2-byte start without continuation", "c328"),
            bytes("3-byte sequence cut short", "e28228"),
            bytes("4-byte sequence cut short", "f09f98"),
            bytes("overlong '/' in 2 bytes", "c0af"),
            bytes("overlong NUL in 2 bytes", "c080"),
            bytes("overlong '/' in 3 bytes", "e080af"),
            bytes("overlong '/' in 4 bytes", "f08080af"),
            bytes("UTF-16 high surrogate encoded", "eda080"),
            bytes("UTF-16 low surrogate encoded", "edbfbf"),
            bytes("CESU-8 surrogate pair", "eda0bdedb880"),
            bytes("code point above U+10FFFF", "f4908080"),
            bytes("byte 0xF5 (never in UTF-8)", "f5808080"),
            bytes("bytes 0xFE 0xFF", "feff"),
            bytes("Latin-1 e-acute", "e9"));

    private static Bytes bytes(String description, String hex) {
        return new Bytes(description, HexFormat.of().parseHex(hex));
    }

    /** {@code text} with {@code marker} replaced by raw bytes. */
    static byte[] splice(String text, String marker, byte[] raw) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no " + marker);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
