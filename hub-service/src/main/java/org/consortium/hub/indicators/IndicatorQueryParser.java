package org.consortium.hub.indicators;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consortium.hub.policies.disclosure.release.AlignedPeriod;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.consortium.hub.web.problem.Violation;

/**
 * Reads an indicator request's parameters, reporting every invalid one at once. Public for
 * the dashboard, which asks with the same parameters as the REST API.
 */
public final class IndicatorQueryParser {

    private IndicatorQueryParser() {
    }

    public static IndicatorQuery parse(String name, String groupBy, String purpose, String from, String to, String region,
                                String department, String genre, String venueKind) {
        Indicator indicator = Indicator.byName(name);
        if (indicator == null) {
            throw new NotFoundProblem("Indicator", name);
        }
        List<Violation> violations = new ArrayList<>();
        List<Dimension> dims = new ArrayList<>();
        if (groupBy != null && !groupBy.isBlank()) {
            for (String part : groupBy.split(",")) {
                Dimension d = Dimension.fromParameter(part);
                if (d == null) {
                    violations.add(new Violation("groupBy", "'" + part.trim() + "' is not one of "
                            + Arrays.stream(Dimension.values()).map(Dimension::parameter).toList()));
                } else if (dims.contains(d)) {
                    violations.add(new Violation("groupBy", "'" + part.trim() + "' is given twice"));
                } else {
                    dims.add(d);
                }
            }
        }
        if (dims.stream().filter(d -> d.time() != null).count() > 1) {
            violations.add(new Violation("groupBy", "at most one of month, quarter, year"));
        }
        int total = dims.size() + (indicator.fixedBreakdown() != null && !dims.contains(indicator.fixedBreakdown()) ? 1 : 0);
        if (total > 2) {
            violations.add(new Violation("groupBy", "a table has at most two dimensions"
                    + (indicator.fixedBreakdown() != null ? " (this indicator is already broken down by "
                    + indicator.fixedBreakdown().parameter() + ")" : "")));
        }
        List<Dimension> audience = java.util.stream.Stream.concat(dims.stream(),
                java.util.stream.Stream.ofNullable(indicator.fixedBreakdown()))
                .filter(d -> d.audienceColumn() != null).distinct().toList();
        if (audience.size() > 1) {
            violations.add(new Violation("groupBy", audience.stream().map(Dimension::parameter).toList()
                    + " cannot be crossed: tariff, age band and buyers' department are each reported per attendance "
                    + "line, and crossing two of them would describe single lines"));
        }
        boolean onPerformances = indicator.measures().stream().anyMatch(Indicator.Measure::onPerformances);
        for (Dimension d : dims) {
            if (onPerformances && !d.onPerformances()) {
                violations.add(new Violation("groupBy", indicator.indicatorName() + " cannot be broken down by "
                        + d.parameter() + ": it is counted per performance, not per ticket"));
            }
        }
        Purpose parsedPurpose = null;
        if (purpose == null || purpose.isBlank()) {
            violations.add(new Violation("purpose", "required: one of " + Arrays.toString(Purpose.values())));
        } else {
            try {
                parsedPurpose = Purpose.valueOf(purpose.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("purpose", "'" + purpose + "' is not one of " + Arrays.toString(Purpose.values())));
            }
        }
        YearMonth fromMonth = month("from", from, violations);
        YearMonth toMonth = month("to", to, violations);
        if (fromMonth != null && toMonth != null && toMonth.isBefore(fromMonth)) {
            violations.add(new Violation("to", "must not be before 'from'"));
        } else if (fromMonth != null && toMonth != null && AlignedPeriod.of(fromMonth, toMonth).isEmpty()) {
            violations.add(new Violation("to", "the period " + fromMonth + ".." + toMonth + " is not a whole month, "
                    + "quarter, calendar year or season: ask for a month (from=2026-03&to=2026-03), a quarter "
                    + "(from=2026-01&to=2026-03), a year (from=2026-01&to=2026-12) or a season, September to "
                    + "August (from=2025-09&to=2026-08)"));
        } else if ((from == null || from.isBlank()) != (to == null || to.isBlank()) && violations.isEmpty()) {
            violations.add(new Violation(from == null || from.isBlank() ? "from" : "to", "give both from and to "
                    + "(a whole month, quarter, calendar year or season) or neither (the whole history): "
                    + "open-ended periods are not published"));
        }
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        filter(filters, Dimension.REGION, region, "\\d{2}", "a two-digit INSEE region code", violations);
        filter(filters, Dimension.DEPARTMENT, department, "\\d{2}|2[AB]|97[1-6]", "an INSEE department code", violations);
        filter(filters, Dimension.GENRE, genre, "[a-z-]{2,32}", "a genre of the contract, e.g. dance", violations);
        filter(filters, Dimension.VENUE_KIND, venueKind == null ? null : venueKind.toUpperCase(Locale.ROOT).replace('-', '_'),
                "[A-Z_]{2,32}", "an organisation kind, e.g. VENUE", violations);
        if (violations.isEmpty()) {
            List<Dimension> table = new ArrayList<>(dims.stream().filter(d -> d.time() == null).toList());
            if (indicator.fixedBreakdown() != null && !table.contains(indicator.fixedBreakdown())) {
                table.add(indicator.fixedBreakdown());
            }
            filters.keySet().stream().filter(d -> !table.contains(d)).forEach(table::add);
            if (table.size() > 2) {
                violations.add(new Violation("groupBy", "breakdowns and filters together name at most two of genre, "
                        + "region, department, venue-kind, production, tariff, age-band, buyer-department (here "
                        + table.stream().map(Dimension::parameter).toList() + "): the release publishes tables of at "
                        + "most two such dimensions"));
            }
            Dimension time = dims.stream().filter(d -> d.time() != null).findFirst().orElse(null);
            AlignedPeriod period = fromMonth == null ? AlignedPeriod.ALL_TIME
                    : AlignedPeriod.of(fromMonth, toMonth).orElse(null);
            if (time != null && period != null && !nests(time, period.kind())) {
                violations.add(new Violation("groupBy", time.parameter() + "s do not nest in a "
                        + period.kind().name().toLowerCase(Locale.ROOT) + ": break a season down by month, a year by "
                        + "quarter or month, the whole history by year, quarter or month"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request"), violations);
        }
        return new IndicatorQuery(indicator, List.copyOf(dims), parsedPurpose, fromMonth, toMonth, filters);
    }

    /** True when periods of the breakdown's level fit whole in a period of that kind. */
    private static boolean nests(Dimension time, AlignedPeriod.Kind period) {
        return switch (time) {
            case MONTH -> true;
            case QUARTER -> period != AlignedPeriod.Kind.MONTH && period != AlignedPeriod.Kind.SEASON;
            default -> period == AlignedPeriod.Kind.YEAR || period == AlignedPeriod.Kind.ALL;
        };
    }

    private static YearMonth month(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a month written YYYY-MM"));
            return null;
        }
    }

    private static void filter(Map<Dimension, String> filters, Dimension d, String value, String pattern,
                               String expected, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!value.trim().matches(pattern)) {
            violations.add(new Violation(d.parameter(), "must be " + expected));
            return;
        }
        filters.put(d, value.trim());
    }
}
