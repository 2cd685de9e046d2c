package org.consortium.hub.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kafka offsets kept in the database, in the same transaction as the records they cover.
 * Kafka's own committed offset may lag (the hub can die after the database commit and
 * before the offset commit); the batch is then delivered again, and this table says which
 * of its records were already applied, so receipts and rollups count each record once.
 */
@ApplicationScoped
public class ConsumerOffsets {

    private final String groupId;

    public ConsumerOffsets(@ConfigProperty(name = "mp.messaging.incoming.records-in.group.id",
            defaultValue = "in-process") String groupId) {
        this.groupId = groupId;
    }

    private record Partition(String topic, int partition) {
    }

    /**
     * Locks the batch's partitions, returns the records not applied yet, and moves each
     * partition's next offset past the batch. In-process records (no offset) all pass.
     */
    public List<IncomingRecord> claim(Connection c, List<IncomingRecord> batch) throws SQLException {
        Map<Partition, Long> next = new HashMap<>();
        Map<Partition, Long> highest = new HashMap<>();
        List<IncomingRecord> fresh = new ArrayList<>(batch.size());
        for (IncomingRecord r : batch) {
            if (!r.fromKafka()) {
                fresh.add(r);
                continue;
            }
            Partition p = new Partition(r.topic(), r.partition());
            long nextOffset = next.computeIfAbsent(p, key -> lock(c, key));
            if (r.offset() >= nextOffset) {
                fresh.add(r);
            }
            highest.merge(p, r.offset(), Math::max);
        }
        for (Map.Entry<Partition, Long> e : highest.entrySet()) {
            if (e.getValue() + 1 > next.get(e.getKey())) {
                store(c, e.getKey(), e.getValue() + 1);
            }
        }
        return fresh;
    }

    private long lock(Connection c, Partition p) {
        try {
            try (PreparedStatement ps = c.prepareStatement("select next_offset from consumer_offset "
                    + "where group_id = ? and topic = ? and partition_no = ? for update")) {
                ps.setString(1, groupId);
                ps.setString(2, p.topic());
                ps.setInt(3, p.partition());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into consumer_offset "
                    + "(group_id, topic, partition_no, next_offset) values (?, ?, ?, 0)")) {
                ps.setString(1, groupId);
                ps.setString(2, p.topic());
                ps.setInt(3, p.partition());
                ps.executeUpdate();
            }
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored offset of " + p, e);
        }
    }

    private void store(Connection c, Partition p, long nextOffset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update consumer_offset set next_offset = ? "
                + "where group_id = ? and topic = ? and partition_no = ?")) {
            ps.setLong(1, nextOffset);
            ps.setString(2, groupId);
            ps.setString(3, p.topic());
            ps.setInt(4, p.partition());
            ps.executeUpdate();
        }
    }
}
