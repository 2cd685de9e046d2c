package org.consortium.hub.indicators;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.identifiers.HubCode;
import org.consortium.hub.identifiers.IdentifierRegistry;
import org.consortium.hub.ingestion.AttendanceRollup;

/**
 * Reads, for a release, each venue's sums per month and finest labels from the rollups: one
 * read per rollup (the attendance rollup without audience column, one per audience column,
 * and the performance rollup), for the datasets of a release's population.
 */
@ApplicationScoped
public class ReleaseRows {

    /** One venue's figures in one dataset for a month and its labels, in the family's measure order. */
    public record Row(String datasetId, YearMonth month, String venue, Map<Dimension, String> labels, long[] values) {
    }

    private static final List<Dimension> VENUE_AND_SHOW = List.of(Dimension.GENRE, Dimension.REGION,
            Dimension.DEPARTMENT, Dimension.VENUE_KIND, Dimension.PRODUCTION);

    private final AgroalDataSource dataSource;
    private final IdentifierRegistry identifiers;

    public ReleaseRows(AgroalDataSource dataSource, IdentifierRegistry identifiers) {
        this.dataSource = dataSource;
        this.identifiers = identifiers;
    }

    /** The rows of a family; {@code audience} is the one audience dimension to keep, or null. */
    List<Row> read(ReleaseFamily family, Dimension audience, List<String> datasetIds) {
        List<Row> rows = new ArrayList<>();
        if (datasetIds.isEmpty()) {
            return rows;
        }
        String table = family == ReleaseFamily.PERFORMANCE ? AttendanceRollup.PERFORMANCE_TABLE
                : AttendanceRollup.covering(audience == null ? List.of() : List.of(audience.audienceColumn())).table();
        StringBuilder sql = new StringBuilder("select r.dataset_id, r.period_month, r.venue_org");
        for (Dimension d : VENUE_AND_SHOW) {
            sql.append(", ").append(d.column());
        }
        if (audience != null) {
            sql.append(", ").append(audience.column());
        }
        for (Indicator.Measure m : family.measures) {
            sql.append(", sum(r.").append(column(m)).append(')');
        }
        sql.append(" from ").append(table).append(" r join organisation o on o.id = r.venue_org where r.dataset_id in (")
                .append("?,".repeat(datasetIds.size() - 1)).append("?) group by r.dataset_id, r.period_month, r.venue_org");
        for (Dimension d : VENUE_AND_SHOW) {
            sql.append(", ").append(d.column());
        }
        if (audience != null) {
            sql.append(", ").append(audience.column());
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> merged = identifiers.currentIdsOfMerged(c, HubCode.Kind.PRODUCTION);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < datasetIds.size(); i++) {
                    ps.setString(i + 1, datasetIds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<Dimension, String> labels = new EnumMap<>(Dimension.class);
                        int col = 4;
                        for (Dimension d : VENUE_AND_SHOW) {
                            String label = d.label(rs.getObject(col++));
                            labels.put(d, d == Dimension.PRODUCTION ? merged.getOrDefault(label, label) : label);
                        }
                        if (audience != null) {
                            labels.put(audience, audience.label(rs.getObject(col++)));
                        }
                        long[] values = new long[family.measures.size()];
                        for (int m = 0; m < values.length; m++) {
                            values[m] = rs.getLong(col++);
                        }
                        YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
                        rows.add(new Row(rs.getString(1), month, rs.getString(3), labels, values));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rollups for a release", e);
        }
        return rows;
    }

    private static String column(Indicator.Measure m) {
        return switch (m) {
            case TICKETS -> "tickets";
            case REVENUE_CENTS -> "revenue_cents";
            case FIRST_TIME_BUYERS -> "first_time_buyers";
            case FREE_TICKETS -> "free_tickets";
            case PERFORMANCES -> "performances";
            case CAPACITY -> "capacity";
        };
    }
}
