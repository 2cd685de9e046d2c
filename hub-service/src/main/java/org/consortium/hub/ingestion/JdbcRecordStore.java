package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The reads both implementations share, and the statement binding of an upsert. */
abstract class JdbcRecordStore implements RecordStore {

    protected final DataSource dataSource;

    protected JdbcRecordStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The upsert statement; parameters in the order of {@link #bind}. */
    protected abstract String upsertSql();

    @Override
    public Upsert upsert(StoredRecord r) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(upsertSql())) {
            bind(ps, r);
            if (ps.executeUpdate() > 0) {
                return Upsert.APPLIED;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store record " + r.recordId() + " of dataset " + r.datasetId(), e);
        }
        // Nothing changed: another type (the upsert replaces only the same type), a higher
        // version, or the same version with the same or with different content.
        return find(r.datasetId(), r.recordId()).map(stored -> RecordStore.unchangedBy(stored, r))
                .orElse(Upsert.UNCHANGED);
    }

    private static void bind(PreparedStatement ps, StoredRecord r) throws SQLException {
        ps.setString(1, r.datasetId());
        ps.setString(2, r.recordId());
        ps.setString(3, r.recordType());
        ps.setInt(4, r.version());
        ps.setBoolean(5, r.deleted());
        ps.setString(6, r.contributor());
        ps.setString(7, r.payload());
        ps.setTimestamp(8, Timestamp.from(Instant.now()));
    }

    @Override
    public Optional<StoredRecord> find(String datasetId, String recordId) {
        String sql = "select dataset_id, record_id, record_type, version, deleted, contributor_org, payload "
                + "from contributed_record where dataset_id = ? and record_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, datasetId);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getBoolean(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read record " + recordId, e);
        }
    }

    @Override
    public long countLive(String datasetId) {
        String sql = "select count(*) from contributed_record where dataset_id = ? and deleted = false";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count records of dataset " + datasetId, e);
        }
    }
}
