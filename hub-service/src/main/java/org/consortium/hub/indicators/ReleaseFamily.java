package org.consortium.hub.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * The two families of tables a release publishes: attendance (summed per ticket line) and
 * performances (summed per performance). Each family's catalogue is every breakdown a
 * request can ask for: no dimension, one, or two (at most one audience column), in one
 * canonical order so that a figure has one key whichever table publishes it.
 */
enum ReleaseFamily {
    ATTENDANCE(List.of(Indicator.Measure.TICKETS, Indicator.Measure.REVENUE_CENTS, Indicator.Measure.FIRST_TIME_BUYERS,
            Indicator.Measure.FREE_TICKETS),
            List.of(Dimension.GENRE, Dimension.REGION, Dimension.DEPARTMENT, Dimension.VENUE_KIND, Dimension.PRODUCTION,
                    Dimension.TARIFF, Dimension.AGE_BAND, Dimension.BUYER_DEPARTMENT)),
    PERFORMANCE(List.of(Indicator.Measure.PERFORMANCES, Indicator.Measure.CAPACITY),
            List.of(Dimension.GENRE, Dimension.REGION, Dimension.DEPARTMENT, Dimension.VENUE_KIND, Dimension.PRODUCTION));

    final List<Indicator.Measure> measures;
    final List<Dimension> dimensions;

    ReleaseFamily(List<Indicator.Measure> measures, List<Dimension> dimensions) {
        this.measures = measures;
        this.dimensions = dimensions;
    }

    static ReleaseFamily of(Indicator.Measure m) {
        return m.onPerformances() ? PERFORMANCE : ATTENDANCE;
    }

    /** Every table of the family, coarsest first: no breakdown, each dimension, each allowed pair. */
    List<List<Dimension>> catalogue() {
        List<List<Dimension>> out = new ArrayList<>();
        out.add(List.of());
        dimensions.forEach(d -> out.add(List.of(d)));
        for (int i = 0; i < dimensions.size(); i++) {
            for (int j = i + 1; j < dimensions.size(); j++) {
                if (dimensions.get(i).audienceColumn() == null || dimensions.get(j).audienceColumn() == null) {
                    out.add(List.of(dimensions.get(i), dimensions.get(j)));
                }
            }
        }
        return out;
    }

    /** The dimensions in canonical order. */
    List<Dimension> canonical(java.util.Collection<Dimension> dims) {
        return dimensions.stream().filter(dims::contains).toList();
    }

    String tableId(List<Dimension> dims) {
        return name().toLowerCase() + ":" + String.join(",", dims.stream().map(Dimension::parameter).toList());
    }

    int index(Indicator.Measure m) {
        return measures.indexOf(m);
    }
}
