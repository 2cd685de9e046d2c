package org.consortium.hub.ingestion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to the rollups collected over one batch, summed per rollup row, so that each
 * touched row is written once per batch whatever the number of records.
 */
final class RollupDeltas {

    /** A row of attendance_rollup. */
    record AttendanceKey(String datasetId, String venue, LocalDate month, String genre, String tariff,
                         String department, String ageBand) {
    }

    /** A row of performance_rollup. */
    record PerformanceKey(String datasetId, String venue, LocalDate month, String genre) {
    }

    /** tickets, revenue cents, first-time buyers, lines. */
    final Map<AttendanceKey, long[]> attendance = new LinkedHashMap<>();
    /** performances, capacity. */
    final Map<PerformanceKey, long[]> performances = new LinkedHashMap<>();

    void addAttendance(Facts.Performance p, Facts.Attendance a, int sign) {
        long[] sums = attendance.computeIfAbsent(new AttendanceKey(p.datasetId(), p.venue(), p.month(), p.genre(),
                a.tariff(), a.department(), a.ageBand()), k -> new long[4]);
        sums[0] += sign * (long) a.tickets();
        sums[1] += sign * a.revenueCents();
        sums[2] += sign * (long) a.firstTimeBuyers();
        sums[3] += sign;
    }

    void addPerformance(Facts.Performance p, int sign) {
        long[] sums = performances.computeIfAbsent(new PerformanceKey(p.datasetId(), p.venue(), p.month(), p.genre()),
                k -> new long[2]);
        sums[0] += sign;
        sums[1] += sign * (long) p.capacity();
    }

    boolean isEmpty() {
        return attendance.isEmpty() && performances.isEmpty();
    }
}
