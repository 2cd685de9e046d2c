package org.consortium.hub.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortium.hub.audit.AccessLogService;
import org.consortium.hub.datasets.PolicyEvaluation;
import org.consortium.hub.policies.disclosure.CellKey;
import org.consortium.hub.policies.disclosure.CellOutcome;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.ContributionTable;
import org.consortium.hub.policies.disclosure.DifferencingGuard;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.ProtectedTable;
import org.consortium.hub.policies.disclosure.StatusCode;
import org.consortium.hub.policies.disclosure.TableProtector;
import org.consortium.hub.policies.sharing.PolicyEvaluator;
import org.consortium.hub.security.Caller;
import org.consortium.hub.web.problem.ForbiddenProblem;

/**
 * Answers indicator requests, enforcing in this order: each dataset's policy for this caller,
 * purpose, granularity and embargo (datasets refused are left out, with the reasons);
 * disclosure control on the table with the venue as the unit (frequency, people count,
 * dominance), protection across the caller's earlier answers, and secondary suppression over
 * the table and its totals. Every request is logged.
 */
@ApplicationScoped
public class IndicatorService {

    private static final String TOTAL = "total";

    private final PolicySource policies;
    private final PolicyEvaluation evaluation;
    private final RollupReader reader;
    private final ReleasedCells releasedCells;
    private final AccessLogService accessLog;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    public IndicatorService(PolicySource policies, PolicyEvaluation evaluation, RollupReader reader,
                            ReleasedCells releasedCells, AccessLogService accessLog) {
        this.policies = policies;
        this.evaluation = evaluation;
        this.reader = reader;
        this.releasedCells = releasedCells;
        this.accessLog = accessLog;
    }

    /**
     * The owner's own view: its own datasets only, every cell with its value. Disclosure
     * control protects other venues' figures; there are none here, and raw records are the
     * owner's anyway.
     */
    public IndicatorTable answerOwn(IndicatorQuery query, Caller caller) {
        if (caller.organisationId() == null) {
            throw new ForbiddenProblem("The own view needs a caller acting for a member organisation");
        }
        List<DatasetPolicy> own = policies.approvedDatasets().stream()
                .filter(d -> d.ownerOrganisationId().equals(caller.organisationId())).toList();
        List<String> datasetIds = own.stream().map(DatasetPolicy::datasetId).toList();
        List<Dimension> dims = query.breakdown();
        RollupReader.Cells cells = reader.read(query, datasetIds);
        Map<Indicator.Measure, ContributionTable> tables = tables(query, cells);
        ContributionTable first = tables.get(query.indicator().numerator());
        List<CellKey> keys = cellsToAnswer(first, dims);
        List<IndicatorTable.Cell> out = new ArrayList<>();
        for (CellKey key : keys) {
            out.add(new IndicatorTable.Cell(labels(dims, key), first.isMargin(key),
                    value(query.indicator(), tables, cells.regionOf, key), StatusCode.V.name(), null));
        }
        accessLog.record(caller, query.purpose().name(), query.indicator().indicatorName(), "scope=own " + describe(query),
                datasetIds, out.size(), 0);
        return new IndicatorTable(query.indicator().indicatorName(), query.indicator().title(),
                query.indicator().definition(), query.indicator().unit(), query.purpose().name(),
                dims.stream().map(Dimension::parameter).toList(), "own data", out,
                new IndicatorTable.Provenance(own.stream().map(d -> new IndicatorTable.UsedDataset(d.datasetId(),
                        d.ownerOrganisationId(), d.version(), d.adoptedByDecisionSeq(), d.policy().licence().name()))
                        .toList(), List.of(), "none: your own organisation's data only"));
    }

    public IndicatorTable answer(IndicatorQuery query, Caller caller, LocalDate today) {
        DatasetSelection selection = DatasetSelection.of(policies.approvedDatasets(), evaluation.callerOf(caller), query, today,
                evaluator);
        DisclosureRules rules = query.indicator().countsVenues()
                ? selection.rules().forDistinctUnitCounts() : selection.rules();
        List<String> datasetIds = selection.included.stream().map(i -> i.dataset().datasetId()).toList();
        List<Dimension> dims = query.breakdown();
        RollupReader.Cells cells = reader.read(query, datasetIds);
        Map<Indicator.Measure, ContributionTable> tables = tables(query, cells);
        ContributionTable first = tables.get(query.indicator().numerator());
        List<CellKey> keys = cellsToAnswer(first, dims);

        // Protection across queries: which of these cells would, by difference with a cell
        // already released to this caller, reveal fewer venues than allowed?
        Map<CellKey, Set<String>> venues = new LinkedHashMap<>();
        Map<CellKey, String> coordinates = new LinkedHashMap<>();
        for (CellKey key : keys) {
            Set<String> v = new TreeSet<>();
            for (ContributionTable t : tables.values()) {
                t.cell(key).contributions().forEach((venue, value) -> {
                    if (value != 0) {
                        v.add(venue);
                    }
                });
            }
            venues.put(key, v);
            coordinates.put(key, coordinate(query, dims, key));
        }
        Map<String, List<Set<String>>> earlier = releasedCells.earlier(caller.subject(), coordinates.values());
        Map<CellKey, CellVerdict> forced = new HashMap<>();
        for (CellKey key : keys) {
            DifferencingGuard.check(venues.get(key), earlier.getOrDefault(coordinates.get(key), List.of()),
                    rules.minContributors()).ifPresent(v -> forced.put(key, v));
        }

        Map<Indicator.Measure, ProtectedTable> protectedTables = new EnumMap<>(Indicator.Measure.class);
        tables.forEach((m, t) -> protectedTables.put(m, TableProtector.protect(t, rules, forced)));

        List<IndicatorTable.Cell> out = new ArrayList<>();
        Map<String, Set<String>> released = new LinkedHashMap<>();
        int withheld = 0;
        for (CellKey key : keys) {
            CellOutcome verdict = worst(query.indicator(), protectedTables, key);
            boolean publish = verdict.status() == StatusCode.V;
            if (publish) {
                released.put(coordinates.get(key), venues.get(key));
            } else {
                withheld++;
            }
            out.add(new IndicatorTable.Cell(labels(dims, key), first.isMargin(key),
                    publish ? value(query.indicator(), tables, cells.regionOf, key) : null, verdict.status().name(),
                    publish ? null : verdict.reason()));
        }
        releasedCells.remember(caller.subject(), released, earlier);
        accessLog.record(caller, query.purpose().name(), query.indicator().indicatorName(), describe(query),
                datasetIds, out.size() - withheld, withheld);
        return new IndicatorTable(query.indicator().indicatorName(), query.indicator().title(),
                query.indicator().definition(), query.indicator().unit(), query.purpose().name(),
                dims.stream().map(Dimension::parameter).toList(),
                query.requestedGranularity().time() + " × " + query.requestedGranularity().place(), out,
                new IndicatorTable.Provenance(
                        selection.included.stream().map(i -> new IndicatorTable.UsedDataset(i.dataset().datasetId(),
                                i.dataset().ownerOrganisationId(), i.dataset().version(),
                                i.dataset().adoptedByDecisionSeq(), i.dataset().policy().licence().name())).toList(),
                        selection.excluded.stream().map(e -> new IndicatorTable.LeftOut(e.datasetId(), e.reasons())).toList(),
                        rules.describe()));
    }

    /** One contribution table per measure the indicator reads. */
    private static Map<Indicator.Measure, ContributionTable> tables(IndicatorQuery query, RollupReader.Cells cells) {
        Map<Indicator.Measure, ContributionTable> tables = new EnumMap<>(Indicator.Measure.class);
        for (Indicator.Measure m : query.indicator().measures()) {
            tables.put(m, table(cells, query.breakdown(), m));
        }
        return tables;
    }

    /** Every cell and margin; without a breakdown the table has one row, and only its total is answered. */
    private static List<CellKey> cellsToAnswer(ContributionTable table, List<Dimension> dims) {
        return table.isEmpty() ? List.of() : dims.isEmpty() ? List.of(CellKey.grandTotal()) : table.keys();
    }

    /** A table of one measure: 1-D or 2-D by the breakdown; a single "all" row when there is none. */
    private static ContributionTable table(RollupReader.Cells cells, List<Dimension> dims, Indicator.Measure m) {
        ContributionTable.Builder builder = dims.size() == 2 ? ContributionTable.twoDimensional()
                : ContributionTable.oneDimensional();
        cells.byCell.forEach((labels, byVenue) -> {
            Map<String, Long> contributions = new LinkedHashMap<>();
            byVenue.forEach((venue, sums) -> contributions.put(venue, sums.getOrDefault(m, 0L)));
            if (dims.size() == 2) {
                builder.cell(labels.get(0), labels.get(1), m.countsPeople, contributions);
            } else {
                builder.cell(dims.isEmpty() ? "all" : labels.get(0), m.countsPeople, contributions);
            }
        });
        return builder.build();
    }

    /** The most severe status among the measures a cell is computed from. */
    private static CellOutcome worst(Indicator indicator, Map<Indicator.Measure, ProtectedTable> tables, CellKey key) {
        CellOutcome chosen = null;
        for (Indicator.Measure m : indicator.measures()) {
            CellOutcome o = tables.get(m).get(key);
            if (chosen == null || (chosen.status() == StatusCode.V && o.status() != StatusCode.V)) {
                chosen = o;
            }
        }
        return chosen;
    }

    /** A cell's figure from its sums (callers decide whether it may be published). */
    private static Number value(Indicator indicator, Map<Indicator.Measure, ContributionTable> tables,
                                Map<String, String> regionOf, CellKey key) {
        if (indicator.countsVenues()) {
            Set<String> counted = new TreeSet<>();
            tables.get(indicator.numerator()).cell(key).contributions().forEach((venue, v) -> {
                if (v != 0) {
                    counted.add(indicator == Indicator.TOURING_REGIONS ? String.valueOf(regionOf.get(venue)) : venue);
                }
            });
            return counted.size();
        }
        long numerator = tables.get(indicator.numerator()).cell(key).value();
        if (!indicator.isRatio()) {
            return numerator;
        }
        long denominator = tables.get(indicator.denominator()).cell(key).value();
        if (denominator == 0) {
            return null;
        }
        if (indicator == Indicator.AVERAGE_PRICE) {
            return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValue();
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private static Map<String, String> labels(List<Dimension> dims, CellKey key) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (dims.size() >= 1) {
            labels.put(dims.get(0).parameter(), key.row() == null ? TOTAL : key.row());
        }
        if (dims.size() == 2) {
            labels.put(dims.get(1).parameter(), key.column() == null ? TOTAL : key.column());
        }
        return labels;
    }

    /**
     * What a cell measures, apart from the venue population: the indicator, the period, the
     * genre filter and every label of a breakdown that is not a place or a venue kind.
     */
    private static String coordinate(IndicatorQuery query, List<Dimension> dims, CellKey key) {
        StringBuilder sb = new StringBuilder(query.indicator().indicatorName());
        sb.append('|').append(query.from()).append('|').append(query.to())
                .append("|genre=").append(query.filters().getOrDefault(Dimension.GENRE, "*"));
        String[] labels = {key.row(), key.column()};
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            if (d == Dimension.REGION || d == Dimension.DEPARTMENT || d == Dimension.VENUE_KIND) {
                continue;
            }
            sb.append('|').append(d.parameter()).append('=').append(labels[i] == null ? "*" : labels[i]);
        }
        return sb.toString();
    }

    private static String describe(IndicatorQuery query) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add("groupBy=" + query.groupBy().stream().map(Dimension::parameter).toList());
        if (query.from() != null) {
            parts.add("from=" + query.from());
        }
        if (query.to() != null) {
            parts.add("to=" + query.to());
        }
        query.filters().forEach((d, v) -> parts.add(d.parameter() + "=" + v));
        return String.join(" ", parts);
    }
}
