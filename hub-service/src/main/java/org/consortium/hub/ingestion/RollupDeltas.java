package org.consortium.hub.ingestion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to the rollups collected over one batch, summed per rollup row at the finest grain,
 * so that each touched row of each rollup table is written once per batch whatever the number
 * of records.
 */
final class RollupDeltas {

    /** A row of the finest attendance grain; coarser tables take a projection of it. */
    record AttendanceKey(String datasetId, String venue, LocalDate month, String genre, String production,
                         String tariff, String department, String ageBand) {

        /** The value of one key column of {@link AttendanceRollup}. */
        Object value(String column) {
            return switch (column) {
                case "dataset_id" -> datasetId;
                case "venue_org" -> venue;
                case "period_month" -> month;
                case "genre" -> genre;
                case "production_id" -> production;
                case "tariff_category" -> tariff;
                case "buyer_department" -> department;
                case "age_band" -> ageBand;
                default -> throw new IllegalArgumentException(column);
            };
        }
    }

    /** A row of performance_rollup, in the order of {@link AttendanceRollup#BASE_KEY}. */
    record PerformanceKey(String datasetId, String venue, LocalDate month, String genre, String production) {

        List<Object> values() {
            return List.of(datasetId, venue, month, genre, production);
        }
    }

    /** In the order of {@link AttendanceRollup#MEASURES}: tickets, revenue cents, first-time buyers, free tickets, lines. */
    final Map<AttendanceKey, long[]> attendance = new LinkedHashMap<>();
    /** performances, capacity. */
    final Map<PerformanceKey, long[]> performances = new LinkedHashMap<>();

    void addAttendance(Facts.Performance p, Facts.Attendance a, int sign) {
        long[] sums = attendance.computeIfAbsent(new AttendanceKey(p.datasetId(), p.venue(), p.month(), p.genre(),
                p.production(), a.tariff(), a.department(), a.ageBand()), k -> new long[AttendanceRollup.MEASURES.size()]);
        sums[0] += sign * (long) a.tickets();
        sums[1] += sign * a.revenueCents();
        sums[2] += sign * (long) a.firstTimeBuyers();
        sums[3] += AttendanceRollup.FREE_TARIFF.equals(a.tariff()) ? sign * (long) a.tickets() : 0;
        sums[4] += sign;
    }

    void addPerformance(Facts.Performance p, int sign) {
        long[] sums = performances.computeIfAbsent(new PerformanceKey(p.datasetId(), p.venue(), p.month(), p.genre(),
                p.production()), k -> new long[AttendanceRollup.PERFORMANCE_MEASURES.size()]);
        sums[0] += sign;
        sums[1] += sign * (long) p.capacity();
    }

    /** The attendance deltas summed to the grain of one table: key values (in its key order) → sums. */
    Map<List<Object>, long[]> attendanceAt(AttendanceRollup table) {
        List<String> key = table.key();
        Map<List<Object>, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<AttendanceKey, long[]> e : attendance.entrySet()) {
            List<Object> values = key.stream().map(e.getKey()::value).toList();
            long[] sums = out.computeIfAbsent(values, k -> new long[AttendanceRollup.MEASURES.size()]);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += e.getValue()[i];
            }
        }
        return out;
    }

    Map<List<Object>, long[]> performanceRows() {
        Map<List<Object>, long[]> out = new LinkedHashMap<>();
        performances.forEach((k, v) -> out.put(k.values(), v));
        return out;
    }

    boolean isEmpty() {
        return attendance.isEmpty() && performances.isEmpty();
    }
}
