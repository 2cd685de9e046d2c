package org.consortium.hub.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live performances and attendance lines, in the columns the rollups need. Portable SQL:
 * the same statements run on H2 and PostgreSQL. Callers pass the transaction's connection.
 */
@ApplicationScoped
public class Facts {

    /** The production of a performance the hub could not give one (the contract requires it). */
    public static final String NO_PRODUCTION = "none";

    /** A live performance: where, when (month), what genre and production, how many seats. */
    public record Performance(String datasetId, String recordId, String venue, LocalDate month, String genre,
                              String production, int capacity) {
    }

    /** A live attendance line; {@code rolled} when it is counted in the rollups. */
    public record Attendance(String datasetId, String recordId, String performanceRecordId, String tariff,
                             String department, String ageBand, int tickets, long revenueCents, int firstTimeBuyers,
                             boolean rolled) {

        Attendance rolled(boolean value) {
            return new Attendance(datasetId, recordId, performanceRecordId, tariff, department, ageBand, tickets,
                    revenueCents, firstTimeBuyers, value);
        }
    }

    public Optional<Performance> performance(Connection c, String datasetId, String recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select venue_org, period_month, genre, production_id, capacity "
                + "from performance_fact where dataset_id = ? and record_id = ?")) {
            ps.setString(1, datasetId);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Performance(datasetId, recordId, rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getInt(5)))
                        : Optional.empty();
            }
        }
    }

    public void putPerformance(Connection c, Performance p) throws SQLException {
        deletePerformance(c, p.datasetId(), p.recordId());
        try (PreparedStatement ps = c.prepareStatement("insert into performance_fact "
                + "(dataset_id, record_id, venue_org, period_month, genre, production_id, capacity) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.datasetId());
            ps.setString(2, p.recordId());
            ps.setString(3, p.venue());
            ps.setDate(4, Date.valueOf(p.month()));
            ps.setString(5, p.genre());
            ps.setString(6, p.production());
            ps.setInt(7, p.capacity());
            ps.executeUpdate();
        }
    }

    public void deletePerformance(Connection c, String datasetId, String recordId) throws SQLException {
        delete(c, "performance_fact", datasetId, recordId);
    }

    public Optional<Attendance> attendance(Connection c, String datasetId, String recordId) throws SQLException {
        List<Attendance> found = attendanceWhere(c, "record_id = ?", datasetId, recordId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Attendance> attendanceOf(Connection c, String datasetId, String performanceRecordId) throws SQLException {
        return attendanceWhere(c, "performance_record_id = ?", datasetId, performanceRecordId);
    }

    private List<Attendance> attendanceWhere(Connection c, String condition, String datasetId, String value)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select record_id, performance_record_id, tariff_category, "
                + "buyer_department, age_band, tickets, revenue_cents, first_time_buyers, rolled "
                + "from attendance_fact where dataset_id = ? and " + condition)) {
            ps.setString(1, datasetId);
            ps.setString(2, value);
            List<Attendance> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attendance(datasetId, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getInt(8),
                            rs.getBoolean(9)));
                }
            }
            return out;
        }
    }

    public void putAttendance(Connection c, Attendance a) throws SQLException {
        deleteAttendance(c, a.datasetId(), a.recordId());
        try (PreparedStatement ps = c.prepareStatement("insert into attendance_fact (dataset_id, record_id, "
                + "performance_record_id, tariff_category, buyer_department, age_band, tickets, revenue_cents, "
                + "first_time_buyers, rolled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.datasetId());
            ps.setString(2, a.recordId());
            ps.setString(3, a.performanceRecordId());
            ps.setString(4, a.tariff());
            ps.setString(5, a.department());
            ps.setString(6, a.ageBand());
            ps.setInt(7, a.tickets());
            ps.setLong(8, a.revenueCents());
            ps.setInt(9, a.firstTimeBuyers());
            ps.setBoolean(10, a.rolled());
            ps.executeUpdate();
        }
    }

    public void deleteAttendance(Connection c, String datasetId, String recordId) throws SQLException {
        delete(c, "attendance_fact", datasetId, recordId);
    }

    /** Marks every line of a performance as counted (or not) in the rollups. */
    public void setRolled(Connection c, String datasetId, String performanceRecordId, boolean rolled)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update attendance_fact set rolled = ? where dataset_id = ? and performance_record_id = ?")) {
            ps.setBoolean(1, rolled);
            ps.setString(2, datasetId);
            ps.setString(3, performanceRecordId);
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, String table, String datasetId, String recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where dataset_id = ? and record_id = ?")) {
            ps.setString(1, datasetId);
            ps.setString(2, recordId);
            ps.executeUpdate();
        }
    }
}
