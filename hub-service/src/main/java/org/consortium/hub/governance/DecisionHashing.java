package org.consortium.hub.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain's canonical form. An entry is serialised as a JSON array with a version tag
 * and every field in a fixed order (nulls included), then hashed with SHA-256 together with the
 * previous entry's hash. A JSON array (not an object) leaves no room for key-order or
 * whitespace variations; the instant is UTC ISO-8601 at microsecond precision, the precision
 * both databases store, so an entry read back hashes to the value computed when it was written.
 */
public final class DecisionHashing {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "decision-log/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionHashing() {
    }

    /** The hashed fields of an entry. */
    public record Content(long seq, Instant at, String kind, String subject, UUID motionId, String bodyId,
                          String outcome, Integer rulesVersion, String explanation) {
    }

    /** The exact text that is hashed. */
    public static String canonical(Content c, String prevHash) {
        List<Object> fields = new ArrayList<>();
        fields.add(FORMAT);
        fields.add(c.seq());
        fields.add(c.at().toString());
        fields.add(c.kind());
        fields.add(c.subject());
        fields.add(c.motionId() == null ? null : c.motionId().toString());
        fields.add(c.bodyId());
        fields.add(c.outcome());
        fields.add(c.rulesVersion());
        fields.add(c.explanation());
        fields.add(prevHash);
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a decision entry", e);
        }
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String hash(Content c, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(c, prevHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
