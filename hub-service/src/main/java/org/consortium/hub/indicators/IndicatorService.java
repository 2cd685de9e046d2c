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
import org.consortium.hub.policies.disclosure.release.AlignedPeriod;
import org.consortium.hub.policies.disclosure.release.LinkedTable;
import org.consortium.hub.policies.disclosure.release.MemberAwarePrimary;
import org.consortium.hub.policies.sharing.AccessRequest;
import org.consortium.hub.policies.sharing.DatasetRef;
import org.consortium.hub.policies.sharing.PolicyDecision;
import org.consortium.hub.web.problem.ForbiddenProblem;

/**
 * Answers indicator requests: the consortium's view from the current protected release
 * ({@link ReleaseService}), the caller's own view exactly from the rollups. Every request is
 * logged.
 */
@ApplicationScoped
public class IndicatorService {

    private static final String TOTAL = "total";

    private final PolicySource policies;
    private final PolicyEvaluation evaluation;
    private final RollupReader reader;
    private final ReleaseService releases;
    private final AccessLogService accessLog;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    public IndicatorService(PolicySource policies, PolicyEvaluation evaluation, RollupReader reader,
                            ReleaseService releases, AccessLogService accessLog) {
        this.policies = policies;
        this.evaluation = evaluation;
        this.reader = reader;
        this.releases = releases;
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
                        .toList(), List.of(), "none: your own organisation's data only", null, null));
    }

    /**
     * The consortium's view, from the current protected release: the same question gets the
     * same cells until the next release. The caller must be admitted by the policy of every
     * dataset in the purpose's release (one population for everyone, so no two answers can be
     * subtracted into one dataset's figures).
     */
    public IndicatorTable answer(IndicatorQuery query, Caller caller, LocalDate today) {
        Release release = releases.currentOrBuild();
        Release.PurposeRelease purposeRelease = release.purposes().get(query.purpose());
        List<IndicatorTable.LeftOut> refusals = refusals(purposeRelease, query, caller, today);
        if (!refusals.isEmpty()) {
            // Not admitted by every dataset of the release: no table at all, rather than one over
            // fewer datasets that could be subtracted from the release's own.
            List<IndicatorTable.LeftOut> leftOut = new ArrayList<>(refusals);
            leftOut.addAll(purposeRelease.leftOut());
            accessLog.record(caller, query.purpose().name(), query.indicator().indicatorName(),
                    describe(query) + " release=" + release.id() + " refused", List.of(), 0, 0);
            return new IndicatorTable(query.indicator().indicatorName(), query.indicator().title(),
                    query.indicator().definition(), query.indicator().unit(), query.purpose().name(),
                    query.breakdown().stream().map(Dimension::parameter).toList(),
                    query.requestedGranularity().time() + " × " + query.requestedGranularity().place(), List.of(),
                    new IndicatorTable.Provenance(List.of(), leftOut, purposeRelease.rules().toRules().describe(),
                            release.id(), release.builtAt()));
        }
        DisclosureRules rules = purposeRelease.rules().toRules();
        List<Dimension> dims = query.breakdown();
        List<Dimension> tableDims = new ArrayList<>();
        dims.stream().filter(d -> d.time() == null).forEach(tableDims::add);
        query.filters().keySet().stream().filter(d -> !tableDims.contains(d)).forEach(tableDims::add);
        ReleaseFamily family = ReleaseFamily.of(query.indicator().numerator());
        List<Dimension> canonical = family.canonical(tableDims);
        Release.FamilyRelease numerator = purposeRelease.families().get(family);
        LinkedTable table = ReleaseBuilder.table(family, canonical, numerator);
        ReleaseFamily denominatorFamily = query.indicator().isRatio() ? ReleaseFamily.of(query.indicator().denominator()) : null;
        Release.FamilyRelease denominator = denominatorFamily == null ? null : purposeRelease.families().get(denominatorFamily);
        LinkedTable denominatorTable = denominator == null ? null
                : ReleaseBuilder.table(denominatorFamily, denominatorFamily.canonical(tableDims), denominator);

        AlignedPeriod period = query.from() == null ? AlignedPeriod.ALL_TIME
                : AlignedPeriod.of(query.from(), query.to()).orElseThrow();
        Dimension timeDim = dims.stream().filter(d -> d.time() != null).findFirst().orElse(null);
        List<IndicatorTable.Cell> out = new ArrayList<>();
        int withheld = 0;
        for (int a = 0; a < table.aggregates().size(); a++) {
            LinkedTable.Aggregate aggregate = table.aggregates().get(a);
            if (!inPeriod(aggregate.period(), period, timeDim) || !matchesFilters(aggregate, canonical, query)) {
                continue;
            }
            CellVerdict verdict = query.indicator().countsVenues()
                    ? touringVerdict(table.contributions(a), family.index(query.indicator().numerator()), rules)
                    : numerator.verdict(query.indicator().numerator(), aggregate.key());
            int d = denominatorTable == null ? -1 : denominatorTable.indexOf(aggregate.key());
            if (denominatorTable != null && !verdict.status().suppressed()) {
                verdict = d < 0 ? new CellVerdict(StatusCode.A, "No performance is recorded for this cell.")
                        : denominator.verdict(query.indicator().denominator(), aggregate.key());
            }
            boolean publish = !verdict.status().suppressed();
            Number value = publish ? value(query.indicator(), family, table, a, denominatorFamily, denominatorTable, d,
                    numerator.regionOf()) : null;
            if (!publish) {
                withheld++;
            }
            out.add(new IndicatorTable.Cell(labels(dims, canonical, aggregate, period, timeDim),
                    isMargin(dims, canonical, aggregate, period, timeDim), value, verdict.status().name(),
                    publish ? null : verdict.reason()));
        }
        out.sort(CELL_ORDER);
        accessLog.record(caller, query.purpose().name(), query.indicator().indicatorName(),
                describe(query) + " release=" + release.id(),
                purposeRelease.datasets().stream().map(IndicatorTable.UsedDataset::datasetId).toList(),
                out.size() - withheld, withheld);
        return new IndicatorTable(query.indicator().indicatorName(), query.indicator().title(),
                query.indicator().definition(), query.indicator().unit(), query.purpose().name(),
                dims.stream().map(Dimension::parameter).toList(),
                query.requestedGranularity().time() + " × " + query.requestedGranularity().place(), out,
                new IndicatorTable.Provenance(purposeRelease.datasets(), purposeRelease.leftOut(),
                        rules.describe(), release.id(), release.builtAt()));
    }

    /** A count of distinct venues: the library's rule for distinct counts. */
    private static CellVerdict touringVerdict(Map<String, long[]> contributions, int measure, DisclosureRules rules) {
        return MemberAwarePrimary.distinctVenues(contributions.values().stream().filter(v -> v[measure] > 0).count(), rules);
    }

    /** Cells in reading order: by each breakdown label, totals last. */
    private static final java.util.Comparator<IndicatorTable.Cell> CELL_ORDER = (x, y) -> {
        List<String> a = new ArrayList<>(x.coordinates().values());
        List<String> b = new ArrayList<>(y.coordinates().values());
        for (int i = 0; i < a.size(); i++) {
            int c = TOTAL.equals(a.get(i)) ? (TOTAL.equals(b.get(i)) ? 0 : 1)
                    : TOTAL.equals(b.get(i)) ? -1 : a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /**
     * The datasets of the release whose policy does not admit this caller for this purpose and
     * granularity, with their reasons. Embargoes are not checked here: the release holds no
     * embargoed month.
     */
    private List<IndicatorTable.LeftOut> refusals(Release.PurposeRelease release, IndicatorQuery query, Caller caller,
                                                  LocalDate today) {
        Map<String, DatasetPolicy> approved = new HashMap<>();
        policies.approvedDatasets().forEach(d -> approved.put(d.datasetId(), d));
        org.consortium.hub.policies.sharing.Caller who = evaluation.callerOf(caller);
        List<IndicatorTable.LeftOut> refusals = new ArrayList<>();
        for (IndicatorTable.UsedDataset used : release.datasets()) {
            DatasetPolicy d = approved.get(used.datasetId());
            if (d == null) {
                continue;
            }
            PolicyDecision decision = evaluator.evaluate(new AccessRequest(who, query.purpose(),
                    new DatasetRef(d.datasetId(), d.ownerOrganisationId(), d.policy(), d.approvedOn(), LocalDate.of(1900, 1, 1)),
                    query.requestedGranularity(), today));
            if (!decision.permitted()) {
                List<String> reasons = new ArrayList<>(decision.reasons());
                reasons.add("The " + query.purpose() + " release holds this dataset, so it is answered only to those "
                        + "every dataset in it admits.");
                refusals.add(new IndicatorTable.LeftOut(d.datasetId(), reasons));
            }
        }
        return refusals;
    }

    private static boolean inPeriod(AlignedPeriod aggregate, AlignedPeriod period, Dimension timeDim) {
        if (aggregate.equals(period)) {
            return true;
        }
        return timeDim != null && aggregate.kind() == timeKind(timeDim) && period.contains(aggregate);
    }

    private static AlignedPeriod.Kind timeKind(Dimension d) {
        return switch (d) {
            case MONTH -> AlignedPeriod.Kind.MONTH;
            case QUARTER -> AlignedPeriod.Kind.QUARTER;
            default -> AlignedPeriod.Kind.YEAR;
        };
    }

    /** The filters' dimensions carry the filter's value; the breakdown's carry anything, totals included. */
    private static boolean matchesFilters(LinkedTable.Aggregate aggregate, List<Dimension> canonical, IndicatorQuery query) {
        for (int i = 0; i < canonical.size(); i++) {
            Dimension d = canonical.get(i);
            String wanted = query.filters().get(d);
            String label = aggregate.labels().get(i);
            if (wanted != null && !wanted.equals(label)) {
                return false;
            }
            if (wanted == null && !query.breakdown().contains(d)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(List<Dimension> dims, List<Dimension> canonical,
                                              LinkedTable.Aggregate aggregate, AlignedPeriod period, Dimension timeDim) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Dimension d : dims) {
            if (d == timeDim) {
                labels.put(d.parameter(), aggregate.period().equals(period) ? TOTAL : aggregate.period().label());
            } else {
                String label = aggregate.labels().get(canonical.indexOf(d));
                labels.put(d.parameter(), label == null ? TOTAL : label);
            }
        }
        return labels;
    }

    private static boolean isMargin(List<Dimension> dims, List<Dimension> canonical, LinkedTable.Aggregate aggregate,
                                    AlignedPeriod period, Dimension timeDim) {
        for (Dimension d : dims) {
            if (d == timeDim ? aggregate.period().equals(period) : aggregate.labels().get(canonical.indexOf(d)) == null) {
                return true;
            }
        }
        return dims.isEmpty();
    }

    /** A published cell's figure from the release's sums. */
    private static Number value(Indicator indicator, ReleaseFamily family, LinkedTable table, int a,
                                ReleaseFamily denominatorFamily, LinkedTable denominatorTable, int d,
                                Map<String, String> regionOf) {
        if (indicator.countsVenues()) {
            java.util.Set<String> counted = new java.util.TreeSet<>();
            table.contributions(a).forEach((venue, values) -> {
                if (values[family.index(indicator.numerator())] > 0) {
                    counted.add(indicator == Indicator.TOURING_REGIONS ? String.valueOf(regionOf.get(venue)) : venue);
                }
            });
            return counted.size();
        }
        long numerator = table.value(a, family.index(indicator.numerator()));
        if (!indicator.isRatio()) {
            return numerator;
        }
        long denominator = denominatorTable.value(d, denominatorFamily.index(indicator.denominator()));
        if (denominator == 0) {
            return null;
        }
        if (indicator == Indicator.AVERAGE_PRICE) {
            return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValue();
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
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
