package org.consortium.hub.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.consortium.hub.policies.sharing.Granularity;
import org.consortium.hub.policies.sharing.PlaceGranularity;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.policies.sharing.TimeGranularity;

/**
 * One request for an indicator: breakdown (at most two dimensions), purpose and filters.
 *
 * @param from    first month included, or null
 * @param to      last month included, or null
 * @param filters dimension → required value (region, department, genre, venue kind)
 */
public record IndicatorQuery(Indicator indicator, List<Dimension> groupBy, Purpose purpose, YearMonth from,
                             YearMonth to, Map<Dimension, String> filters) {

    /**
     * The granularity this request reveals, on both axes: the breakdown's and the filters'
     * finest. A one-month period without a monthly breakdown is monthly data all the same,
     * and a department filter is departmental data.
     */
    public Granularity requestedGranularity() {
        TimeGranularity time = TimeGranularity.YEAR;
        PlaceGranularity place = PlaceGranularity.NATIONAL;
        for (Dimension d : groupBy) {
            time = d.time() != null && d.time().isFinerThan(time) ? d.time() : time;
            place = d.place() != null && d.place().isFinerThan(place) ? d.place() : place;
        }
        for (Dimension d : filters.keySet()) {
            place = d.place() != null && d.place().isFinerThan(place) ? d.place() : place;
        }
        TimeGranularity period = periodGranularity();
        return new Granularity(period.isFinerThan(time) ? period : time, place);
    }

    private TimeGranularity periodGranularity() {
        if (from == null || to == null) {
            return TimeGranularity.YEAR;
        }
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months <= 1) {
            return TimeGranularity.MONTH;
        }
        return months < 12 ? TimeGranularity.QUARTER : TimeGranularity.YEAR;
    }

    /** The breakdown actually applied: the indicator's fixed one first, then the requested ones. */
    List<Dimension> breakdown() {
        if (indicator.fixedBreakdown() == null || groupBy.contains(indicator.fixedBreakdown())) {
            return groupBy;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(indicator.fixedBreakdown()), groupBy.stream())
                .toList();
    }
}
