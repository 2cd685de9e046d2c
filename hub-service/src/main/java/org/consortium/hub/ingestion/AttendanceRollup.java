package org.consortium.hub.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * The attendance rollup tables, each a GROUP BY of the counted attendance lines at its own
 * grain. Every table keeps the venue (the unit of disclosure control) with the month, genre
 * and production of its performance, plus at most one audience column. A query reads the
 * smallest table that has every column it needs: a dashboard's tickets per month reads a few
 * rows per venue and month instead of one per line. Two audience columns are never crossed:
 * at venue level that is about one row per attendance line (a costly write for figures that
 * disclosure control would withhold anyway).
 */
public enum AttendanceRollup {
    BY_VENUE_MONTH("attendance_by_venue_month"),
    BY_TARIFF("attendance_by_tariff", "tariff_category"),
    BY_AGE_BAND("attendance_by_age_band", "age_band"),
    BY_BUYER_DEPARTMENT("attendance_by_buyer_department", "buyer_department");

    /** Columns every attendance rollup is keyed by, in key order. */
    public static final List<String> BASE_KEY = List.of("dataset_id", "venue_org", "period_month", "genre",
            "production_id");
    /** The audience columns an attendance line carries. */
    public static final List<String> AUDIENCE = List.of("tariff_category", "buyer_department", "age_band");
    /** What every attendance rollup sums; {@code lines} is how many lines a row counts. */
    public static final List<String> MEASURES = List.of("tickets", "revenue_cents", "first_time_buyers",
            "free_tickets", "lines");
    /** The tariff category whose tickets are counted as free. */
    public static final String FREE_TARIFF = "free-exempt";

    /** The performance rollup: performances and seats offered, at the grain of the base key. */
    public static final String PERFORMANCE_TABLE = "performance_rollup";
    public static final List<String> PERFORMANCE_MEASURES = List.of("performances", "capacity");

    private final String table;
    private final List<String> audience;

    AttendanceRollup(String table, String... audience) {
        this.table = table;
        this.audience = List.of(audience);
    }

    public String table() {
        return table;
    }

    /** The audience columns this table keeps. */
    public List<String> audience() {
        return audience;
    }

    /** The table's key: the base key, then its audience columns. */
    public List<String> key() {
        List<String> key = new ArrayList<>(BASE_KEY);
        key.addAll(audience);
        return key;
    }

    /** The smallest table that keeps every one of these audience columns (at most one). */
    public static AttendanceRollup covering(java.util.Collection<String> audienceColumns) {
        for (AttendanceRollup r : values()) {
            if (r.audience.containsAll(audienceColumns)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rollup keeps " + audienceColumns);
    }
}
