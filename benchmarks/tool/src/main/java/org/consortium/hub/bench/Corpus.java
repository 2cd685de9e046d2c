package org.consortium.hub.bench;

import java.util.SplittableRandom;

/**
 * The deterministic benchmark corpus: {@code venues} member venues, each with one approved
 * attendance dataset and {@code performancesPerVenue} performances, and attendance lines
 * numbered 0..N-1. Line n depends only on (seed, n), so any subset can be regenerated, the
 * producer, the COPY and the peer write exactly the same rows, and expected totals can be
 * computed without storing anything.
 */
final class Corpus {

    static final String[] TARIFFS = {"full", "reduced", "subscription", "free-exempt", "pass-culture", "group", "other"};
    static final String[] AGE_BANDS = {"0-14", "15-24", "25-34", "35-49", "50-64", "65+", "unknown"};
    static final String[] GENRES = {"theatre", "dance", "opera", "music", "circus", "street-arts", "puppetry",
            "multidisciplinary", "musical-theatre", "storytelling", "other"};
    /** Region (INSEE) and a few of its departments; venues are spread over them. */
    static final String[][] REGIONS = {
            {"11", "75", "77", "78", "91", "92", "93", "94", "95"}, {"84", "69", "38", "42", "63", "74"},
            {"76", "31", "34", "30", "66"}, {"32", "59", "62", "80", "60"}, {"93", "13", "06", "83", "84"},
            {"52", "44", "49", "72", "85"}, {"44", "67", "68", "57", "54"}, {"53", "35", "29", "56", "22"},
            {"75", "33", "64", "87", "17"}, {"28", "76", "14", "50"}};
    static final String[] BUYER_DEPARTMENTS = {"75", "92", "93", "94", "69", "13", "31", "33", "44", "59", "67", "35",
            "34", "06", "38", "76", "2A", "971", "63", "21"};

    final long seed;
    final int venues;
    final int performancesPerVenue;

    Corpus(long seed, int venues, int performancesPerVenue) {
        this.seed = seed;
        this.venues = venues;
        this.performancesPerVenue = performancesPerVenue;
    }

    static String venueId(int v) {
        return "bench-v%03d".formatted(v);
    }

    static String datasetId(int v) {
        return venueId(v) + "-billetterie";
    }

    static String[] region(int v) {
        return REGIONS[v % REGIONS.length];
    }

    static String department(int v) {
        String[] r = region(v);
        return r[1 + (v / REGIONS.length) % (r.length - 1)];
    }

    static String performanceId(int v, int p) {
        return "p-%03d-%03d".formatted(v, p);
    }

    int performanceCount() {
        return venues * performancesPerVenue;
    }

    // --- performances ---------------------------------------------------------------
    String performanceMonth(int v, int p) {
        int m = (v + p * 7) % 24;
        return "%04d-%02d".formatted(2024 + m / 12, 1 + m % 12);
    }

    String genre(int v, int p) {
        return GENRES[(v * 3 + p) % GENRES.length];
    }

    int capacity(int v, int p) {
        return 100 + (v * 37 + p * 11) % 900;
    }

    String performanceEnvelope(int v, int p) {
        int day = 1 + (p % 28);
        return ("{\"datasetId\":\"%s\",\"contributorOrg\":\"%s\",\"recordType\":\"performance\",\"recordId\":\"%s\","
                + "\"version\":1,\"schemaVersion\":\"1.0\",\"payload\":{\"production\":{\"title\":\"Création %s n°%d\"},"
                + "\"venue\":{\"hallName\":\"Grande salle\",\"capacity\":%d},\"startDateTime\":\"%s-%02dT20:00:00+01:00\","
                + "\"genre\":\"%s\",\"language\":\"fr\",\"durationMinutes\":110,\"youngAudience\":false,"
                + "\"coProduction\":false}}").formatted(datasetId(v), venueId(v), performanceId(v, p), venueId(v), p,
                capacity(v, p), performanceMonth(v, p), day, genre(v, p));
    }

    // --- attendance lines -----------------------------------------------------------
    /** One attendance line, decoded. */
    record Line(long n, int venue, int performance, String tariff, String department, String ageBand, int tickets,
                long revenueCents, int firstTimeBuyers) {

        String datasetId() {
            return Corpus.datasetId(venue);
        }

        String recordId() {
            return "a-%010d".formatted(n);
        }

        String performanceRecordId() {
            return Corpus.performanceId(venue, performance);
        }
    }

    Line line(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        int venue = (int) (n % venues);
        int performance = (int) ((n / venues) % performancesPerVenue);
        String tariff = TARIFFS[r.nextInt(TARIFFS.length)];
        String department = BUYER_DEPARTMENTS[r.nextInt(BUYER_DEPARTMENTS.length)];
        String ageBand = AGE_BANDS[r.nextInt(AGE_BANDS.length)];
        int tickets = 1 + r.nextInt(30);
        long revenue = tariff.equals("free-exempt") ? 0 : (long) tickets * (500 + r.nextInt(4500));
        int firstTime = r.nextInt(tickets + 1);
        return new Line(n, venue, performance, tariff, department, ageBand, tickets, revenue, firstTime);
    }

    static String attendanceEnvelope(Line l) {
        return ("{\"datasetId\":\"%s\",\"contributorOrg\":\"%s\",\"recordType\":\"attendance\",\"recordId\":\"%s\","
                + "\"version\":1,\"schemaVersion\":\"1.0\",\"payload\":{\"performanceRecordId\":\"%s\","
                + "\"tariffCategory\":\"%s\",\"tickets\":%d,\"revenueCents\":%d,\"currency\":\"EUR\","
                + "\"buyerDepartment\":\"%s\",\"ageBand\":\"%s\",\"firstTimeBuyers\":%d}}").formatted(l.datasetId(),
                venueId(l.venue()), l.recordId(), l.performanceRecordId(), l.tariff(), l.tickets(), l.revenueCents(),
                l.department(), l.ageBand(), l.firstTimeBuyers());
    }

    /** The same line as a Kafka Connect JSON record with its schema (what the JDBC sink needs). */
    static String connectRecord(Line l) {
        return PEER_SCHEMA_PREFIX + ("{\"dataset_id\":\"%s\",\"record_id\":\"%s\",\"performance_record_id\":\"%s\","
                + "\"tariff_category\":\"%s\",\"buyer_department\":\"%s\",\"age_band\":\"%s\",\"tickets\":%d,"
                + "\"revenue_cents\":%d,\"first_time_buyers\":%d}}").formatted(l.datasetId(), l.recordId(),
                l.performanceRecordId(), l.tariff(), l.department(), l.ageBand(), l.tickets(), l.revenueCents(),
                l.firstTimeBuyers());
    }

    private static final String PEER_SCHEMA_PREFIX = "{\"schema\":{\"type\":\"struct\",\"name\":\"bench.attendance\","
            + "\"optional\":false,\"fields\":["
            + "{\"field\":\"dataset_id\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"record_id\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"performance_record_id\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"tariff_category\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"buyer_department\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"age_band\",\"type\":\"string\",\"optional\":false},"
            + "{\"field\":\"tickets\",\"type\":\"int32\",\"optional\":false},"
            + "{\"field\":\"revenue_cents\",\"type\":\"int64\",\"optional\":false},"
            + "{\"field\":\"first_time_buyers\",\"type\":\"int32\",\"optional\":false}]},\"payload\":";

    /** The line as a row of COPY text format (columns of attendance_fact, rolled = true). */
    static void copyRow(Line l, StringBuilder out) {
        out.append(l.datasetId()).append('\t').append(l.recordId()).append('\t').append(l.performanceRecordId())
                .append('\t').append(l.tariff()).append('\t').append(l.department()).append('\t').append(l.ageBand())
                .append('\t').append(l.tickets()).append('\t').append(l.revenueCents()).append('\t')
                .append(l.firstTimeBuyers()).append("\tt\n");
    }
}
