package org.consortium.hub.policies.disclosure.release;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.policies.sharing.TimeGranularity;

/**
 * A period a release publishes: a calendar month, a quarter, a calendar year or a season
 * (September to August). No other window exists, so that two periods either nest, are
 * disjoint, or overlap by whole published periods whose relations the release protects.
 *
 * @param kind  what sort of period
 * @param first its first month
 * @param last  its last month
 */
public record AlignedPeriod(Kind kind, YearMonth first, YearMonth last) {

    /** The sorts of period, with the time granularity each reveals. */
    public enum Kind {
        MONTH(TimeGranularity.MONTH), QUARTER(TimeGranularity.QUARTER), YEAR(TimeGranularity.YEAR),
        SEASON(TimeGranularity.YEAR),
        /** The whole history a release holds. */
        ALL(TimeGranularity.YEAR);

        private final TimeGranularity granularity;

        Kind(TimeGranularity granularity) {
            this.granularity = granularity;
        }

        public TimeGranularity granularity() {
            return granularity;
        }
    }

    public static AlignedPeriod month(YearMonth m) {
        return new AlignedPeriod(Kind.MONTH, m, m);
    }

    public static AlignedPeriod quarterOf(YearMonth m) {
        YearMonth first = YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
        return new AlignedPeriod(Kind.QUARTER, first, first.plusMonths(2));
    }

    public static AlignedPeriod yearOf(YearMonth m) {
        return new AlignedPeriod(Kind.YEAR, YearMonth.of(m.getYear(), 1), YearMonth.of(m.getYear(), 12));
    }

    /** The season (September to August) a month belongs to. */
    public static AlignedPeriod seasonOf(YearMonth m) {
        int startYear = m.getMonthValue() >= 9 ? m.getYear() : m.getYear() - 1;
        return new AlignedPeriod(Kind.SEASON, YearMonth.of(startYear, 9), YearMonth.of(startYear + 1, 8));
    }

    /**
     * The aligned period from {@code first} to {@code last}, or empty when the window is
     * none of a month, a quarter, a calendar year or a season.
     */
    public static Optional<AlignedPeriod> of(YearMonth first, YearMonth last) {
        for (AlignedPeriod p : List.of(month(first), quarterOf(first), yearOf(first), seasonOf(first))) {
            if (p.first.equals(first) && p.last.equals(last)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The whole history, every month. */
    public static final AlignedPeriod ALL_TIME = new AlignedPeriod(Kind.ALL, YearMonth.of(1900, 1), YearMonth.of(9999, 12));

    /** Every aligned period a month belongs to: its month, quarter, year and season, and the whole history. */
    public static List<AlignedPeriod> containing(YearMonth m) {
        return List.of(month(m), quarterOf(m), yearOf(m), seasonOf(m), ALL_TIME);
    }

    public boolean contains(YearMonth m) {
        return !m.isBefore(first) && !m.isAfter(last);
    }

    /** True when every month of the other period is in this one. */
    public boolean contains(AlignedPeriod other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** The months of the period (not to be called on the whole history). */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The period's label: 2026-03, 2026-Q1, 2026, 2025/26. */
    public String label() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(first.getYear());
            case SEASON -> first.getYear() + "/" + String.format("%02d", (first.getYear() + 1) % 100);
            case ALL -> "all";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
