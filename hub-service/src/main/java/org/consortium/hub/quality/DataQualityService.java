package org.consortium.hub.quality;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;

/** Builds a dataset's data-quality report from its facts and receipts (portable SQL). */
@ApplicationScoped
public class DataQualityService {

    static final int EXAMPLES = 20;

    private final AgroalDataSource dataSource;
    private final DatasetService datasets;
    private final AccessRules access;

    public DataQualityService(AgroalDataSource dataSource, DatasetService datasets, AccessRules access) {
        this.dataSource = dataSource;
        this.datasets = datasets;
        this.access = access;
    }

    public DataQualityReport report(String datasetId, Caller caller) {
        Dataset dataset = datasets.require(datasetId);
        access.requireQualityReader(caller, dataset.ownerOrganisationId);
        try (Connection c = dataSource.getConnection()) {
            List<String> covered = new ArrayList<>();
            for (String month : strings(c, "select distinct period_month from performance_fact where dataset_id = ? "
                    + "order by period_month", datasetId, Integer.MAX_VALUE)) {
                covered.add(month.substring(0, 7));
            }
            List<String> missing = new ArrayList<>();
            if (!covered.isEmpty()) {
                YearMonth last = YearMonth.parse(covered.get(covered.size() - 1));
                for (YearMonth m = YearMonth.parse(covered.get(0)); !m.isAfter(last); m = m.plusMonths(1)) {
                    if (!covered.contains(m.toString())) {
                        missing.add(m.toString());
                    }
                }
            }
            long performances = count(c, "select count(*) from performance_fact where dataset_id = ?", datasetId);
            String without = "from performance_fact p where p.dataset_id = ? and not exists (select 1 from "
                    + "attendance_fact a where a.dataset_id = p.dataset_id and a.performance_record_id = p.record_id)";
            long withoutCount = count(c, "select count(*) " + without, datasetId);
            List<String> examples = strings(c, "select p.record_id " + without + " order by p.record_id", datasetId,
                    EXAMPLES);
            long flagged = count(c, "select count(*) from receipt_rejection x join receipt r on r.id = x.receipt_id "
                    + "where r.dataset_id = ? and x.stage = 'FLAGGED'", datasetId);
            OffsetDateTime last = null;
            try (PreparedStatement ps = c.prepareStatement("select max(created_at) from receipt where dataset_id = ?")) {
                ps.setString(1, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                    last = t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
                }
            }
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (String reasons : strings(c, "select x.reasons from receipt_rejection x join receipt r "
                    + "on r.id = x.receipt_id where r.dataset_id = ? and x.stage <> 'FLAGGED'", datasetId,
                    Integer.MAX_VALUE)) {
                byReason.merge(kind(reasons), 1L, Long::sum);
            }
            List<DataQualityReport.ReasonCount> refusals = byReason.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> new DataQualityReport.ReasonCount(e.getKey(), e.getValue())).toList();
            return new DataQualityReport(datasetId, covered, missing, performances, withoutCount, examples, flagged,
                    last, refusals);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the data-quality report of " + datasetId, e);
        }
    }

    /**
     * The kind of a refusal: its first reason, with quoted values, record ids and figures left
     * out, so that every record refused for the same reason counts under one line.
     */
    static String kind(String reasons) {
        String first = reasons.split("\n", 2)[0];
        String k = first.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+", "N");
        return k.length() > 200 ? k.substring(0, 200) + "…" : k;
    }

    private static long count(Connection c, String sql, String datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection c, String sql, String datasetId, int max) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, datasetId);
            ps.setMaxRows(max == Integer.MAX_VALUE ? 0 : max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
