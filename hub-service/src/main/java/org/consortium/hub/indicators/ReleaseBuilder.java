package org.consortium.hub.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.release.LinkedTable;
import org.consortium.hub.policies.disclosure.release.ReleaseDifference;
import org.consortium.hub.policies.disclosure.release.ReleaseProtector;
import org.consortium.hub.policies.sharing.Audience;
import org.consortium.hub.policies.sharing.PlaceGranularity;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.policies.sharing.TimeGranularity;

/**
 * Builds one purpose's release from the rollup rows: chooses the population, drops the
 * months still under a dataset's embargo, builds every table of the catalogue and protects
 * each family's tables together with the library, measure by measure, withholding as well
 * what changed by too few venues since it was last published.
 *
 * <p>The population is one set of datasets for everyone who may read the purpose's release:
 * the approved datasets whose policy allows the purpose to every member organisation, monthly
 * and by department. A dataset whose policy admits only some organisations, or only coarser
 * figures, is left out with the reason: mixing populations would let two tables be
 * subtracted into that dataset's own figures.
 */
final class ReleaseBuilder {

    private ReleaseBuilder() {
    }

    /** A purpose's population, and the datasets left out of it with the reason. */
    record Population(List<DatasetPolicy> datasets, List<IndicatorTable.LeftOut> leftOut) {
    }

    /** Which datasets make the purpose's population, and which are left out and why. */
    static Population population(List<DatasetPolicy> datasets, Purpose purpose) {
        List<DatasetPolicy> in = new ArrayList<>();
        List<IndicatorTable.LeftOut> out = new ArrayList<>();
        for (DatasetPolicy d : datasets) {
            String reason = exclusion(d.policy(), purpose);
            if (reason == null) {
                in.add(d);
            } else {
                out.add(new IndicatorTable.LeftOut(d.datasetId(), List.of(reason)));
            }
        }
        return new Population(in, out);
    }

    private static String exclusion(SharingPolicy p, Purpose purpose) {
        if (!p.purposes().contains(purpose)) {
            return "Its policy does not allow the purpose " + purpose + ".";
        }
        Audience a = p.audience();
        if (!a.allMembers() && !a.publicAccess()) {
            return "Its policy admits only part of the consortium; the release is one set of figures for every "
                    + "member, so it holds only datasets every member may see.";
        }
        if (TimeGranularity.MONTH.isFinerThan(p.finestGranularity().time())
                || PlaceGranularity.DEPARTMENT.isFinerThan(p.finestGranularity().place())) {
            return "Its policy allows figures only by " + p.finestGranularity().time() + " and "
                    + p.finestGranularity().place() + "; the release is monthly by department, and mixing coarser "
                    + "datasets into some tables only would let tables be subtracted into this dataset's figures.";
        }
        return null;
    }

    /** The last month whose figures are out of the dataset's embargo today. */
    static YearMonth lastReleasableMonth(DatasetPolicy d, LocalDate today) {
        YearMonth m = YearMonth.from(today);
        while (m.atEndOfMonth().plusDays(d.policy().embargoDays()).isAfter(today)) {
            m = m.minusMonths(1);
        }
        return m;
    }

    /**
     * Builds one family's protected tables.
     *
     * @param rowsByAudience rows per audience dimension parameter ("" for none)
     * @param previous       the family in the previous release, or null
     */
    static Release.FamilyRelease family(ReleaseFamily family, Map<String, List<ReleaseRows.Row>> rowsByAudience,
                                        DisclosureRules rules, Release.FamilyRelease previous,
                                        ReleaseProtector.Progress progress) {
        Map<String, String> regionOf = new HashMap<>();
        rowsByAudience.getOrDefault("", List.of()).forEach(r -> regionOf.put(r.venue(), r.labels().get(Dimension.REGION)));
        Release.FamilyRelease built = new Release.FamilyRelease(rowsByAudience, Map.of(), Map.of(), regionOf, null);
        List<LinkedTable> tables = new ArrayList<>();
        for (List<Dimension> dims : family.catalogue()) {
            tables.add(table(family, dims, built));
        }
        Map<Indicator.Measure, Map<String, CellVerdict>> withheld = new EnumMap<>(Indicator.Measure.class);
        Map<Indicator.Measure, Map<String, Map<String, long[]>>> lastPublished = new EnumMap<>(Indicator.Measure.class);
        for (int m = 0; m < family.measures.size(); m++) {
            Indicator.Measure measure = family.measures.get(m);
            Map<String, Map<String, long[]>> published = previous == null ? new HashMap<>()
                    : new HashMap<>(previous.lastPublished().getOrDefault(measure, Map.of()));
            Map<String, CellVerdict> imposed = ReleaseDifference.toWithhold(tables, published, rules, m);
            ReleaseProtector.Protection protection = ReleaseProtector.protectMeasure(tables, m, rules, imposed, progress);
            for (LinkedTable t : tables) {
                for (int a = 0; a < t.aggregates().size(); a++) {
                    String key = t.aggregates().get(a).key();
                    if (!protection.withheld().containsKey(key)) {
                        published.put(key, t.contributions(a));
                    }
                }
            }
            withheld.put(measure, protection.withheld());
            lastPublished.put(measure, published);
        }
        Map<String, LinkedTable> byId = new HashMap<>();
        tables.forEach(t -> byId.put(t.id(), t));
        return new Release.FamilyRelease(rowsByAudience, withheld, lastPublished, regionOf, byId);
    }

    /** The table of a family over some dimensions (canonical order), built from the release's rows. */
    static LinkedTable table(ReleaseFamily family, List<Dimension> dims, Release.FamilyRelease release) {
        String id = family.tableId(dims);
        if (!family.catalogue().contains(dims)) {
            // Fail closed: only the catalogue's tables were protected.
            throw new IllegalStateException("no protected table " + id + " in the release");
        }
        LinkedTable cached = release.tables().get(id);
        if (cached != null) {
            return cached;
        }
        Dimension audience = dims.stream().filter(d -> d.audienceColumn() != null).findFirst().orElse(null);
        List<ReleaseRows.Row> rows = release.rows().getOrDefault(audience == null ? "" : audience.parameter(), List.of());
        List<LinkedTable.Measure> measures = family.measures.stream()
                .map(m -> new LinkedTable.Measure(m.name(), m.countsPeople)).toList();
        LinkedTable.Builder builder = LinkedTable.builder(id, dims.stream().map(Dimension::parameter).toList(), measures);
        for (ReleaseRows.Row r : rows) {
            builder.add(r.month(), dims.stream().map(d -> r.labels().get(d)).toList(), r.venue(), r.values());
        }
        LinkedTable table = builder.build();
        release.tables().put(id, table);
        return table;
    }

}
