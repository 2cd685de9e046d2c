package org.consortium.hub.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.consortium.hub.policies.disclosure.release.AlignedPeriod;
import org.consortium.hub.policies.sharing.Granularity;
import org.consortium.hub.policies.sharing.PlaceGranularity;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.policies.sharing.TimeGranularity;

/**
 * One request for an indicator: breakdown (at most two dimensions), purpose and filters.
 *
 * @param from    first month of an aligned period (month, quarter, calendar year, season), or
 *                null with {@code to} for the whole history
 * @param to      last month of that period, or null with {@code from}
 * @param filters dimension → required value (region, department, genre, venue kind)
 */
public record IndicatorQuery(Indicator indicator, List<Dimension> groupBy, Purpose purpose, YearMonth from,
                             YearMonth to, Map<Dimension, String> filters) {

    /**
     * The granularity this request reveals, on both axes: the breakdown's and the filters'
     * finest. A one-month period without a monthly breakdown is monthly data all the same, a
     * department filter is departmental data, and so is a breakdown by the buyers'
     * department (the indicator's own fixed breakdown included).
     */
    public Granularity requestedGranularity() {
        TimeGranularity time = TimeGranularity.YEAR;
        PlaceGranularity place = PlaceGranularity.NATIONAL;
        for (Dimension d : breakdown()) {
            time = d.time() != null && d.time().isFinerThan(time) ? d.time() : time;
            place = d.place() != null && d.place().isFinerThan(place) ? d.place() : place;
        }
        for (Dimension d : filters.keySet()) {
            place = d.place() != null && d.place().isFinerThan(place) ? d.place() : place;
        }
        TimeGranularity period = periodGranularity();
        return new Granularity(period.isFinerThan(time) ? period : time, place);
    }

    /**
     * The period's own level: that of its aligned kind (a season is yearly); the whole
     * history, when no period is given, is yearly data or coarser.
     */
    private TimeGranularity periodGranularity() {
        if (from == null || to == null) {
            return TimeGranularity.YEAR;
        }
        return AlignedPeriod.of(from, to).map(p -> p.kind().granularity())
                .orElseThrow(() -> new IllegalStateException("the parser admits aligned periods only"));
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
