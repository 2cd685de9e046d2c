package org.consortium.hub.identifiers;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Things for a person to look at, never acted on automatically: likely duplicates (the hub
 * does not merge on a guess) and hub ids a contributor sent that the hub does not know.
 */
@ApplicationScoped
public class Flags {

    public static final String LIKELY_DUPLICATE = "LIKELY_DUPLICATE";
    public static final String UNKNOWN_HUB_ID = "UNKNOWN_HUB_ID";

    /**
     * @param kind      W or P
     * @param reason    {@link #LIKELY_DUPLICATE} or {@link #UNKNOWN_HUB_ID}
     * @param subjectId the id concerned (the newer one of a pair), or null
     * @param otherId   the id it may duplicate, or null
     * @param sentId    the unknown id as sent, or null
     * @param datasetId the record that raised it, or null
     * @param recordId  the record that raised it, or null
     */
    public record Flag(long id, String kind, String reason, String subjectId, String otherId, String sentId,
                       String datasetId, String recordId, String detail, OffsetDateTime createdAt) {
    }

    /** Raises a flag unless the same one is already raised. */
    public void raise(Connection c, HubCode.Kind kind, String reason, String subjectId, String otherId, String sentId,
                      String datasetId, String recordId, String detail) throws SQLException {
        String[] values = {kind.code(), reason, subjectId, otherId, sentId, datasetId, recordId};
        try (PreparedStatement ps = c.prepareStatement("select count(*) from identifier_flag where kind = ? "
                + "and reason = ? and subject_id is not distinct from ? and other_id is not distinct from ? "
                + "and sent_id is not distinct from ? and dataset_id is not distinct from ? "
                + "and record_id is not distinct from ?")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into identifier_flag (kind, reason, subject_id, "
                + "other_id, sent_id, dataset_id, record_id, detail, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, values);
            ps.setString(8, detail.length() > 1000 ? detail.substring(0, 1000) : detail);
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, String[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setString(i + 1, values[i]);
            }
        }
    }

    /** Likely-duplicate pairs naming any of these ids, as pairs [subject, other]. */
    public List<String[]> duplicatePairs(Connection c, List<String> ids) throws SQLException {
        String in = IdentifierRegistry.placeholders(ids.size());
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select subject_id, other_id from identifier_flag "
                + "where reason = '" + LIKELY_DUPLICATE + "' and (subject_id in (" + in + ") or other_id in (" + in + "))")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
                ps.setString(ids.size() + i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    /** The latest flags, newest first, optionally of one reason. */
    public List<Flag> latest(Connection c, String reason, int limit) throws SQLException {
        List<Flag> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, kind, reason, subject_id, other_id, sent_id, "
                + "dataset_id, record_id, detail, created_at from identifier_flag"
                + (reason == null ? "" : " where reason = ?") + " order by id desc")) {
            if (reason != null) {
                ps.setString(1, reason);
            }
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Flag(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getTimestamp(10).toInstant().atOffset(ZoneOffset.UTC)));
                }
            }
        }
        return out;
    }
}
