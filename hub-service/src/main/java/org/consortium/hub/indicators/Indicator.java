package org.consortium.hub.indicators;

import java.util.List;

/**
 * The indicator catalogue, each with its definition in plain words. An indicator is a sum
 * over venues (the unit of disclosure control), or a ratio of two such sums published only
 * where both are publishable. Some are a sum with a fixed breakdown (audience by
 * department...).
 */
public enum Indicator {
    TICKETS("tickets", "Tickets", "Number of tickets issued (paid and free) for performances in the period.",
            Measure.TICKETS, null, null),
    REVENUE("revenue", "Box-office revenue",
            "Ticket revenue in euro cents, taxes included, as reported by the venues.", Measure.REVENUE_CENTS, null, null),
    AVERAGE_PRICE("average-price", "Average ticket price",
            "Revenue divided by tickets, in euro cents per ticket, free tickets included.",
            Measure.REVENUE_CENTS, Measure.TICKETS, null),
    OCCUPANCY_RATE("occupancy-rate", "Occupancy rate",
            "Tickets divided by seats offered (hall capacity × performances), in percent.",
            Measure.TICKETS, Measure.CAPACITY, null),
    PERFORMANCES("performances", "Performances", "Number of performances given in the period.",
            Measure.PERFORMANCES, null, null),
    FIRST_TIME_SHARE("first-time-share", "First-time buyers' share",
            "Tickets bought by first-time buyers of the venue, as a percentage of all tickets.",
            Measure.FIRST_TIME_BUYERS, Measure.TICKETS, null),
    FREE_SHARE("free-share", "Free tickets' share",
            "Free and exempt tickets as a percentage of all tickets.", Measure.FREE_TICKETS, Measure.TICKETS, null),
    AUDIENCE_BY_DEPARTMENT("audience-by-department", "Audience by department of residence",
            "Tickets by the buyers' department of residence (never finer than the department).",
            Measure.TICKETS, null, Dimension.BUYER_DEPARTMENT),
    AUDIENCE_BY_AGE_BAND("audience-by-age-band", "Audience by age band",
            "Tickets by the buyers' age band, when the venue knows it.", Measure.TICKETS, null, Dimension.AGE_BAND),
    AUDIENCE_BY_TARIFF("audience-by-tariff", "Audience by tariff category",
            "Tickets by tariff category (full, reduced, subscription, free, Pass Culture, group, other).",
            Measure.TICKETS, null, Dimension.TARIFF),
    TOURING_VENUES("touring-venues", "Touring: venues per production",
            "Number of venues where each production (a shared hub id, the same across venues) was performed in the "
                    + "period. Published only where the production was seen in enough venues.",
            Measure.PERFORMANCES, null, Dimension.PRODUCTION),
    TOURING_REGIONS("touring-regions", "Touring: regions per production",
            "Number of regions where each production was performed in the period, from its venues' regions. "
                    + "Published only where the production was seen in enough venues.",
            Measure.PERFORMANCES, null, Dimension.PRODUCTION);

    /** What the rollups sum. {@code countsPeople} selects the minimum count for people. */
    enum Measure {
        TICKETS(true), REVENUE_CENTS(false), FIRST_TIME_BUYERS(true), FREE_TICKETS(true), PERFORMANCES(false),
        CAPACITY(false);

        final boolean countsPeople;

        Measure(boolean countsPeople) {
            this.countsPeople = countsPeople;
        }

        boolean onPerformances() {
            return this == PERFORMANCES || this == CAPACITY;
        }
    }

    private final String name;
    private final String title;
    private final String definition;
    private final Measure numerator;
    private final Measure denominator;
    private final Dimension fixedBreakdown;

    Indicator(String name, String title, String definition, Measure numerator, Measure denominator,
              Dimension fixedBreakdown) {
        this.name = name;
        this.title = title;
        this.definition = definition;
        this.numerator = numerator;
        this.denominator = denominator;
        this.fixedBreakdown = fixedBreakdown;
    }

    public String indicatorName() {
        return name;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    Measure numerator() {
        return numerator;
    }

    Measure denominator() {
        return denominator;
    }

    boolean isRatio() {
        return denominator != null;
    }

    /** A breakdown always applied (audience by department...), or null. */
    Dimension fixedBreakdown() {
        return fixedBreakdown;
    }

    /** True when the figure counts the venues (or their regions) of a cell rather than summing a measure. */
    boolean countsVenues() {
        return this == TOURING_VENUES || this == TOURING_REGIONS;
    }

    /** The measures a query of this indicator reads. */
    List<Measure> measures() {
        return denominator == null ? List.of(numerator) : List.of(numerator, denominator);
    }

    /** The unit of the published value. */
    public String unit() {
        return switch (this) {
            case REVENUE -> "euro cents";
            case AVERAGE_PRICE -> "euro cents per ticket";
            case OCCUPANCY_RATE, FIRST_TIME_SHARE, FREE_SHARE -> "percent";
            case PERFORMANCES -> "performances";
            case TOURING_VENUES -> "venues";
            case TOURING_REGIONS -> "regions";
            default -> "tickets";
        };
    }

    static Indicator byName(String name) {
        for (Indicator i : values()) {
            if (i.name.equals(name)) {
                return i;
            }
        }
        return null;
    }
}
