package org.consortium.hub.identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The match keys: which id a normalised key was matched to. Claiming a key is the one step
 * that must be atomic across hub replicas (two venues' batches minting the same new work at
 * once must end with one id), so it is database-specific: {@code ON CONFLICT DO NOTHING} on
 * PostgreSQL, a standard {@code MERGE} elsewhere.
 */
public abstract class IdentifierKeys {

    /** The id a key was matched to, if any. */
    public Optional<String> find(Connection c, HubCode.Kind kind, String matchKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select target_id from identifier_key where kind = ? and match_key = ?")) {
            ps.setString(1, kind.code());
            ps.setString(2, matchKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Maps the key to {@code candidate} unless it is already mapped; returns the id the key
     * is mapped to afterwards (the candidate, or whichever id claimed it first).
     */
    public String claim(Connection c, HubCode.Kind kind, String matchKey, String candidate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertIfAbsentSql())) {
            ps.setString(1, kind.code());
            ps.setString(2, matchKey);
            ps.setString(3, candidate);
            ps.executeUpdate();
        }
        return find(c, kind, matchKey).orElseThrow(() -> new IllegalStateException("Match key vanished: " + matchKey));
    }

    /** Inserts (kind, match_key, target_id) unless the key exists; never fails on a duplicate key. */
    protected abstract String insertIfAbsentSql();
}
