package org.consortium.hub.indicators;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per caller, the venue sets of every cell already released, keyed by what the cell
 * measures (indicator, measure, period, and every breakdown label that is not a venue
 * population: genre, tariff...). Place and venue-kind breakdowns and filters only change the
 * population, which is exactly what a differencing attack varies.
 */
@ApplicationScoped
public class ReleasedCells {

    private final AgroalDataSource dataSource;

    public ReleasedCells(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Venue sets released to the caller earlier, per coordinate asked about. */
    Map<String, List<Set<String>>> earlier(String caller, Collection<String> coordinates) {
        Map<String, List<Set<String>>> out = new HashMap<>();
        if (coordinates.isEmpty()) {
            return out;
        }
        List<String> all = new ArrayList<>(new TreeSet<>(coordinates));
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                try (PreparedStatement ps = c.prepareStatement("select coordinate, venues from released_cell "
                        + "where caller = ? and coordinate in (" + "?,".repeat(chunk.size() - 1) + "?)")) {
                    ps.setString(1, caller);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(venues(rs.getString(2)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read released cells", e);
        }
        return out;
    }

    /** A stored venue set; the empty string is the empty set (a structural zero), not one venue named "". */
    static Set<String> venues(String stored) {
        return stored == null || stored.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(stored.split(",")));
    }

    /** Remembers cells released now; a venue set already recorded for a coordinate is not stored twice. */
    void remember(String caller, Map<String, Set<String>> released, Map<String, List<Set<String>>> known) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into released_cell (caller, coordinate, venues, released_at) values (?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            int pending = 0;
            for (Map.Entry<String, Set<String>> e : released.entrySet()) {
                if (known.getOrDefault(e.getKey(), List.of()).contains(e.getValue())) {
                    continue;
                }
                ps.setString(1, caller);
                ps.setString(2, e.getKey());
                ps.setString(3, String.join(",", new TreeSet<>(e.getValue())));
                ps.setTimestamp(4, now);
                ps.addBatch();
                pending++;
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record released cells", e);
        }
    }
}
