package org.consortium.hub.indicators;

import java.time.LocalDate;
import java.util.Locale;
import org.consortium.hub.policies.sharing.PlaceGranularity;
import org.consortium.hub.policies.sharing.TimeGranularity;

/**
 * What a table of indicators can be broken down by. Time and venue place set the
 * granularity a request asks for, which each dataset's policy must allow.
 */
public enum Dimension {
    MONTH("month", "period_month", true, TimeGranularity.MONTH, null),
    QUARTER("quarter", "period_month", true, TimeGranularity.QUARTER, null),
    YEAR("year", "period_month", true, TimeGranularity.YEAR, null),
    GENRE("genre", "r.genre", true, null, null),
    REGION("region", "o.region_code", true, null, PlaceGranularity.REGION),
    DEPARTMENT("department", "o.department_code", true, null, PlaceGranularity.DEPARTMENT),
    VENUE_KIND("venue-kind", "o.kind", true, null, null),
    TARIFF("tariff", "r.tariff_category", false, null, null),
    AGE_BAND("age-band", "r.age_band", false, null, null),
    /** Where buyers live: a place at the level of the department, like the venue's own. */
    BUYER_DEPARTMENT("buyer-department", "r.buyer_department", false, null, PlaceGranularity.DEPARTMENT),
    PRODUCTION("production", "r.production_id", true, null, null);

    private final String parameter;
    private final String column;
    private final boolean onPerformances;
    private final TimeGranularity time;
    private final PlaceGranularity place;

    Dimension(String parameter, String column, boolean onPerformances, TimeGranularity time, PlaceGranularity place) {
        this.parameter = parameter;
        this.column = column;
        this.onPerformances = onPerformances;
        this.time = time;
        this.place = place;
    }

    /** The name used in {@code groupBy}. */
    public String parameter() {
        return parameter;
    }

    /** SQL expression over the rollup (alias r) joined with the venue's organisation (alias o). */
    String column() {
        return column.equals("period_month") ? "r.period_month" : column;
    }

    /**
     * The audience column of the attendance rollups this breakdown needs (tariff, age band,
     * buyers' department), or null: the other dimensions are on every rollup or on the venue.
     */
    String audienceColumn() {
        return onPerformances ? null : column.substring(2);
    }

    /** True when performance rollups carry it too (tariff, age band, buyers' department do not). */
    boolean onPerformances() {
        return onPerformances;
    }

    /** The time level this breakdown asks for, or null when it is not a time breakdown. */
    TimeGranularity time() {
        return time;
    }

    /** The place level this breakdown asks for, or null. */
    PlaceGranularity place() {
        return place;
    }

    /** The label of a cell along this dimension, from the rollup column's value. */
    String label(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (time == null) {
            return value.toString();
        }
        LocalDate month = value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(month.getYear(), month.getMonthValue());
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            default -> Integer.toString(month.getYear());
        };
    }

    static Dimension fromParameter(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Dimension d : values()) {
            if (d.parameter.equals(wanted)) {
                return d;
            }
        }
        return null;
    }
}
