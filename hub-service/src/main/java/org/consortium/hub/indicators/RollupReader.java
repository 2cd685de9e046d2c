package org.consortium.hub.indicators;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortium.hub.identifiers.HubCode;
import org.consortium.hub.identifiers.IdentifierRegistry;
import org.consortium.hub.ingestion.AttendanceRollup;

/**
 * Reads the rollups for an indicator: per cell of the requested breakdown, per venue, the
 * sums of each measure. Venues stay separate because the venue is the unit of disclosure
 * control; they never leave the hub. Attendance measures come from the smallest rollup that
 * keeps the audience columns the request needs ({@link AttendanceRollup}); productions are
 * labelled by their current id, so two merged productions make one cell.
 */
@ApplicationScoped
public class RollupReader {

    /** Cell labels (one per dimension of the breakdown) → venue → measure → sum. */
    static final class Cells {
        final Map<List<String>, Map<String, EnumMap<Indicator.Measure, Long>>> byCell = new LinkedHashMap<>();
        /** The region of each venue read. */
        final Map<String, String> regionOf = new HashMap<>();

        void add(List<String> labels, String venue, Indicator.Measure measure, long value) {
            byCell.computeIfAbsent(labels, k -> new LinkedHashMap<>())
                    .computeIfAbsent(venue, k -> new EnumMap<>(Indicator.Measure.class))
                    .merge(measure, value, Long::sum);
        }
    }

    private final AgroalDataSource dataSource;
    private final IdentifierRegistry identifiers;

    public RollupReader(AgroalDataSource dataSource, IdentifierRegistry identifiers) {
        this.dataSource = dataSource;
        this.identifiers = identifiers;
    }

    Cells read(IndicatorQuery query, List<String> datasetIds) {
        Cells cells = new Cells();
        if (datasetIds.isEmpty()) {
            return cells;
        }
        List<Indicator.Measure> attendance = query.indicator().measures().stream().filter(m -> !m.onPerformances()).toList();
        List<Indicator.Measure> performances = query.indicator().measures().stream().filter(Indicator.Measure::onPerformances).toList();
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> productions = query.breakdown().contains(Dimension.PRODUCTION)
                    ? identifiers.currentIdsOfMerged(c, HubCode.Kind.PRODUCTION) : Map.of();
            if (!attendance.isEmpty()) {
                read(c, attendanceTable(query), attendance, query, datasetIds, productions, cells);
            }
            if (!performances.isEmpty()) {
                read(c, AttendanceRollup.PERFORMANCE_TABLE, performances, query, datasetIds, productions, cells);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rollups", e);
        }
        return cells;
    }

    /** The smallest attendance rollup keeping every audience column of the breakdown and the filters. */
    static String attendanceTable(IndicatorQuery query) {
        Set<String> audience = new HashSet<>();
        for (Dimension d : query.breakdown()) {
            if (d.audienceColumn() != null) {
                audience.add(d.audienceColumn());
            }
        }
        for (Dimension d : query.filters().keySet()) {
            if (d.audienceColumn() != null) {
                audience.add(d.audienceColumn());
            }
        }
        return AttendanceRollup.covering(audience).table();
    }

    private static String sumOf(Indicator.Measure m) {
        return switch (m) {
            case TICKETS -> "sum(r.tickets)";
            case REVENUE_CENTS -> "sum(r.revenue_cents)";
            case FIRST_TIME_BUYERS -> "sum(r.first_time_buyers)";
            case FREE_TICKETS -> "sum(r.free_tickets)";
            case PERFORMANCES -> "sum(r.performances)";
            case CAPACITY -> "sum(r.capacity)";
        };
    }

    private static void read(Connection c, String table, List<Indicator.Measure> measures, IndicatorQuery query,
                             List<String> datasetIds, Map<String, String> mergedProductions, Cells cells)
            throws SQLException {
        List<Dimension> dims = query.breakdown();
        List<String> columns = new ArrayList<>();
        for (Dimension d : dims) {
            columns.add(d.column());
        }
        StringBuilder sql = new StringBuilder("select ");
        for (String column : columns) {
            sql.append(column).append(", ");
        }
        sql.append("r.venue_org, o.region_code");
        for (Indicator.Measure m : measures) {
            sql.append(", ").append(sumOf(m));
        }
        sql.append(" from ").append(table).append(" r join organisation o on o.id = r.venue_org where r.dataset_id in (")
                .append("?,".repeat(datasetIds.size() - 1)).append("?)");
        List<Object> parameters = new ArrayList<>(datasetIds);
        if (query.from() != null) {
            sql.append(" and r.period_month >= ?");
            parameters.add(Date.valueOf(query.from().atDay(1)));
        }
        if (query.to() != null) {
            sql.append(" and r.period_month <= ?");
            parameters.add(Date.valueOf(query.to().atDay(1)));
        }
        for (Map.Entry<Dimension, String> f : query.filters().entrySet()) {
            sql.append(" and ").append(f.getKey().column()).append(" = ?");
            parameters.add(f.getValue());
        }
        sql.append(" group by ");
        for (String column : columns) {
            sql.append(column).append(", ");
        }
        sql.append("r.venue_org, o.region_code");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> labels = new ArrayList<>(dims.size());
                    for (int i = 0; i < dims.size(); i++) {
                        String label = dims.get(i).label(rs.getObject(i + 1));
                        labels.add(dims.get(i) == Dimension.PRODUCTION ? mergedProductions.getOrDefault(label, label) : label);
                    }
                    String venue = rs.getString(dims.size() + 1);
                    cells.regionOf.put(venue, rs.getString(dims.size() + 2));
                    for (int m = 0; m < measures.size(); m++) {
                        cells.add(labels, venue, measures.get(m), rs.getLong(dims.size() + 3 + m));
                    }
                }
            }
        }
    }
}
