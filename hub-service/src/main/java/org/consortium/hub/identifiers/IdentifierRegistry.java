package org.consortium.hub.identifiers;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The rows of hub_work and hub_production: minting, resolving merged ids, merging. Portable
 * SQL on the caller's connection (the ingestion batch's transaction, or a request's).
 */
@ApplicationScoped
public class IdentifierRegistry {

    /** Merges are flattened as they are made, so a chain longer than this is a bug. */
    private static final int MAX_HOPS = 16;

    private final RandomGenerator random = new SecureRandom();

    /** A work as first reported. */
    public record WorkRow(String id, String title, String authorsJson, Integer year, String titleNorm,
                          String authorsNorm, String authorsKey, String mergedInto) {
    }

    /** A production as first reported. */
    public record ProductionRow(String id, String title, String titleNorm, String workId, int premiereSeason,
                                String mergedInto) {
    }

    static String table(HubCode.Kind kind) {
        return kind == HubCode.Kind.WORK ? "hub_work" : "hub_production";
    }

    /** The id this id stands for today: itself, or the id it was (transitively) merged into. */
    public Optional<String> resolve(Connection c, HubCode.Kind kind, String id) throws SQLException {
        String current = id;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next = mergedIntoOf(c, kind, current);
            if (next == null) {
                return Optional.empty();
            }
            if (next.isEmpty()) {
                return Optional.of(current);
            }
            current = next.get();
        }
        throw new IllegalStateException(kind.label() + " " + id + " is merged in a chain longer than " + MAX_HOPS);
    }

    /**
     * Every merged id of this kind → the id it stands for today, in one query: for readers
     * that relabel many ids at once (indicators broken down by production), where
     * {@link #resolve} would cost a query per id.
     */
    public Map<String, String> currentIdsOfMerged(Connection c, HubCode.Kind kind) throws SQLException {
        Map<String, String> mergedInto = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, merged_into from " + table(kind)
                + " where merged_into is not null"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mergedInto.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, String> current = new HashMap<>();
        for (String id : mergedInto.keySet()) {
            String target = id;
            for (int hop = 0; mergedInto.containsKey(target); hop++) {
                if (hop == MAX_HOPS) {
                    throw new IllegalStateException(kind.label() + " " + id + " is merged in a chain longer than " + MAX_HOPS);
                }
                target = mergedInto.get(target);
            }
            current.put(id, target);
        }
        return current;
    }

    /** null: no such id; empty: not merged; else the id it was merged into. */
    private Optional<String> mergedIntoOf(Connection c, HubCode.Kind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select merged_into from " + table(kind) + " where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : null;
            }
        }
    }

    public boolean exists(Connection c, HubCode.Kind kind, String id) throws SQLException {
        return mergedIntoOf(c, kind, id) != null;
    }

    /** A fresh code no row holds yet (the primary key still guards against a concurrent twin). */
    public String mint(Connection c, HubCode.Kind kind) throws SQLException {
        try {
            return HubCode.mint(kind, random, code -> {
                try {
                    return exists(c, kind, code);
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    /** The ids that were merged into this one (merges are flattened, so these are all of them). */
    public List<String> mergedIds(Connection c, HubCode.Kind kind, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id from " + table(kind) + " where merged_into = ? order by id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Links {@code id} to {@code target} (and whatever was merged into {@code id} with it).
     * Rows are never deleted.
     */
    public void merge(Connection c, HubCode.Kind kind, String id, String target, String by) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("update " + table(kind)
                + " set merged_into = ?, merged_at = ?, merged_by = ? where id = ? or merged_into = ?")) {
            ps.setString(1, target);
            ps.setTimestamp(2, now);
            ps.setString(3, by);
            ps.setString(4, id);
            ps.setString(5, id);
            ps.executeUpdate();
        }
    }

    public void insertWork(Connection c, WorkRow w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into hub_work (id, title, authors, "
                + "year_of_first_performance, title_norm, authors_norm, authors_key, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, w.id());
            ps.setString(2, w.title());
            ps.setString(3, w.authorsJson());
            if (w.year() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, w.year());
            }
            ps.setString(5, w.titleNorm());
            ps.setString(6, w.authorsNorm());
            ps.setString(7, w.authorsKey());
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    public Optional<WorkRow> work(Connection c, String id) throws SQLException {
        List<WorkRow> rows = works(c, "id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Live (unmerged) works other than {@code except} with this normalised title. */
    public List<WorkRow> worksTitled(Connection c, String titleNorm, String except) throws SQLException {
        return works(c, "title_norm = ? and merged_into is null and id <> ?", titleNorm, except);
    }

    /** Live (unmerged) works other than {@code except} by these authors. */
    public List<WorkRow> worksBy(Connection c, String authorsKey, String except) throws SQLException {
        return works(c, "authors_key = ? and merged_into is null and id <> ?", authorsKey, except);
    }

    private List<WorkRow> works(Connection c, String condition, String... params) throws SQLException {
        List<WorkRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, title, authors, year_of_first_performance, "
                + "title_norm, authors_norm, authors_key, merged_into from hub_work where " + condition + " order by id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(4);
                    out.add(new WorkRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : year,
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    public void insertProduction(Connection c, ProductionRow p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into hub_production (id, title, title_norm, work_id, "
                + "premiere_season, created_at) values (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.title());
            ps.setString(3, p.titleNorm());
            ps.setString(4, p.workId());
            ps.setInt(5, p.premiereSeason());
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    public Optional<ProductionRow> production(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, title, title_norm, work_id, premiere_season, "
                + "merged_into from hub_production where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ProductionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6)))
                        : Optional.empty();
            }
        }
    }

    /** Live (unmerged) productions of any of these works. */
    public List<String> productionsOf(Connection c, List<String> workIds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from hub_production where merged_into is null "
                + "and work_id in (" + placeholders(workIds.size()) + ") order by id")) {
            for (int i = 0; i < workIds.size(); i++) {
                ps.setString(i + 1, workIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Carries a checked SQL exception out of a lambda. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
