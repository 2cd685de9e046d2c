package org.consortium.hub.ingestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Serialises ingestion per dataset: a batch transaction locks the rows of the datasets it
 * writes (in id order, so two transactions never wait on each other in a cycle) before it
 * reads any fact. A dataset's performances and attendance lines travel on different topics,
 * so two consumers (two hub replicas, or two partition groups of one batch) can hold records
 * of the same dataset at once; without the lock, a line stored while its performance is
 * being stored could be left uncounted by both (each reads before the other commits). The
 * lock also makes a governance change of the dataset's status wait for the batch in flight.
 */
final class DatasetLocks {

    private DatasetLocks() {
    }

    static void lock(Connection c, Collection<String> datasetIds) throws SQLException {
        List<String> ids = datasetIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement("select id from dataset where id in ("
                    + "?,".repeat(chunk.size() - 1) + "?) order by id for update")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // reading the rows takes the locks
                    }
                }
            }
        }
    }
}
