package org.consortium.hub.identifiers;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which production each live performance belongs to (performance_identifier), and the
 * resulting counts per production, dataset, venue and season (production_sighting). Both are
 * changed in the ingestion batch's transaction, with the performance facts. A sighting row
 * holds one dataset, and a dataset is consumed by one consumer at a time, so the read-modify-
 * write below never races another replica.
 */
@ApplicationScoped
public class Sightings {

    /** The ids a live performance was given. */
    public record Link(String datasetId, String recordId, String workId, String productionId, String venue,
                       int season) {
    }

    /** Performances of some production(s) in one dataset, venue and season. */
    public record Count(String datasetId, String venue, int season, long performances) {
    }

    public Optional<Link> link(Connection c, String datasetId, String recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select work_id, production_id, venue_org, season "
                + "from performance_identifier where dataset_id = ? and record_id = ?")) {
            ps.setString(1, datasetId);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Link(datasetId, recordId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4)))
                        : Optional.empty();
            }
        }
    }

    /** Records a live performance and counts it. */
    public void add(Connection c, Link link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into performance_identifier "
                + "(dataset_id, record_id, work_id, production_id, venue_org, season) values (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, link.datasetId());
            ps.setString(2, link.recordId());
            if (link.workId() == null) {
                ps.setNull(3, Types.VARCHAR);
            } else {
                ps.setString(3, link.workId());
            }
            ps.setString(4, link.productionId());
            ps.setString(5, link.venue());
            ps.setInt(6, link.season());
            ps.executeUpdate();
        }
        count(c, link, +1);
    }

    /** Forgets a performance that was replaced or deleted, and uncounts it. */
    public void remove(Connection c, Link link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from performance_identifier where dataset_id = ? and record_id = ?")) {
            ps.setString(1, link.datasetId());
            ps.setString(2, link.recordId());
            ps.executeUpdate();
        }
        count(c, link, -1);
    }

    private void count(Connection c, Link link, int delta) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("update production_sighting set performances = performances + ? "
                + "where production_id = ? and dataset_id = ? and venue_org = ? and season = ?")) {
            ps.setInt(1, delta);
            bindKey(ps, 2, link);
            updated = ps.executeUpdate();
        }
        if (updated == 0 && delta > 0) {
            try (PreparedStatement ps = c.prepareStatement("insert into production_sighting "
                    + "(production_id, dataset_id, venue_org, season, performances) values (?, ?, ?, ?, ?)")) {
                bindKey(ps, 1, link);
                ps.setInt(5, delta);
                ps.executeUpdate();
            }
        } else if (delta < 0) {
            try (PreparedStatement ps = c.prepareStatement("delete from production_sighting where production_id = ? "
                    + "and dataset_id = ? and venue_org = ? and season = ? and performances <= 0")) {
                bindKey(ps, 1, link);
                ps.executeUpdate();
            }
        }
    }

    private static void bindKey(PreparedStatement ps, int first, Link link) throws SQLException {
        ps.setString(first, link.productionId());
        ps.setString(first + 1, link.datasetId());
        ps.setString(first + 2, link.venue());
        ps.setInt(first + 3, link.season());
    }

    /** Performances of these productions, per dataset, venue and season. */
    public List<Count> ofProductions(Connection c, List<String> productionIds) throws SQLException {
        if (productionIds.isEmpty()) {
            return List.of();
        }
        List<Count> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select dataset_id, venue_org, season, sum(performances) "
                + "from production_sighting where production_id in ("
                + IdentifierRegistry.placeholders(productionIds.size()) + ") "
                + "group by dataset_id, venue_org, season order by season, venue_org, dataset_id")) {
            for (int i = 0; i < productionIds.size(); i++) {
                ps.setString(i + 1, productionIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    /** Performances of every production of these works (merged productions included), per dataset, venue and season. */
    public List<Count> ofWorks(Connection c, List<String> workIds) throws SQLException {
        List<String> productionIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from hub_production where work_id in ("
                + IdentifierRegistry.placeholders(workIds.size()) + ")")) {
            for (int i = 0; i < workIds.size(); i++) {
                ps.setString(i + 1, workIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    productionIds.add(rs.getString(1));
                }
            }
        }
        return ofProductions(c, productionIds);
    }
}
