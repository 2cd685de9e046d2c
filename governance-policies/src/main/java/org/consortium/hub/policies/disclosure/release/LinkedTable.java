package org.consortium.hub.policies.disclosure.release;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One table of a release: its finest cells (a month and one label per dimension), each
 * venue's contribution to each finest cell for every measure, and every aggregate the
 * release may publish from it: for each aligned period holding data (month, quarter, year,
 * season, and the whole history), each label or the total of each dimension.
 *
 * <p>An aggregate's key names what it measures, independently of the table: the period,
 * then {@code ;dimension=label} for each dimension that is not totalled, in the table's
 * dimension order (callers give dimensions in one canonical order). So the aggregate
 * "2026-Q1;genre=dance" of a table by genre and department is the same figure as the one of
 * a table by genre alone, and {@link ReleaseProtector} gives both the same fate.
 */
public final class LinkedTable {

    /** A measure summed by the table; {@code countsPeople} brings in the minimum count of people. */
    public record Measure(String name, boolean countsPeople) {
    }

    /**
     * A publishable figure: the sum of some finest cells.
     *
     * @param period the period it covers
     * @param labels one per dimension of the table, null where the dimension is totalled
     */
    public record Aggregate(String key, AlignedPeriod period, List<String> labels, int[] cells) {
    }

    private final String id;
    private final List<String> dimensions;
    private final List<Measure> measures;
    private final List<Map<String, long[]>> cells;
    private final List<Aggregate> aggregates;
    private final Map<String, Integer> indexOfKey;

    private LinkedTable(String id, List<String> dimensions, List<Measure> measures, List<Map<String, long[]>> cells,
                        List<Aggregate> aggregates) {
        this.id = id;
        this.dimensions = List.copyOf(dimensions);
        this.measures = List.copyOf(measures);
        this.cells = cells;
        this.aggregates = List.copyOf(aggregates);
        this.indexOfKey = new LinkedHashMap<>();
        for (int i = 0; i < aggregates.size(); i++) {
            indexOfKey.put(aggregates.get(i).key(), i);
        }
    }

    /** Starts a table over the given dimensions (besides time) and measures. */
    public static Builder builder(String id, List<String> dimensions, List<Measure> measures) {
        return new Builder(id, dimensions, measures);
    }

    /** The key of an aggregate: the period's label, then each dimension that is not totalled. */
    public static String key(AlignedPeriod period, List<String> dimensions, List<String> labels) {
        StringBuilder sb = new StringBuilder(period.label());
        for (int i = 0; i < dimensions.size(); i++) {
            if (labels.get(i) != null) {
                sb.append(';').append(dimensions.get(i)).append('=').append(labels.get(i));
            }
        }
        return sb.toString();
    }

    public String id() {
        return id;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public List<Measure> measures() {
        return measures;
    }

    public int cellCount() {
        return cells.size();
    }

    public List<Aggregate> aggregates() {
        return aggregates;
    }

    /** The index of an aggregate, or -1 when the table publishes no such figure. */
    public int indexOf(String key) {
        return indexOfKey.getOrDefault(key, -1);
    }

    /** Each venue's contribution to one finest cell, per measure (in measure order). */
    public Map<String, long[]> cell(int index) {
        return cells.get(index);
    }

    /** Each venue's contribution to an aggregate, per measure; venues contributing nothing are absent. */
    public Map<String, long[]> contributions(int aggregate) {
        Map<String, long[]> sums = new TreeMap<>();
        for (int c : aggregates.get(aggregate).cells()) {
            cells.get(c).forEach((unit, values) -> {
                long[] s = sums.computeIfAbsent(unit, u -> new long[measures.size()]);
                for (int m = 0; m < values.length; m++) {
                    s[m] = Math.addExact(s[m], values[m]);
                }
            });
        }
        return sums;
    }

    /** An aggregate's value for one measure. */
    public long value(int aggregate, int measure) {
        long sum = 0;
        for (int c : aggregates.get(aggregate).cells()) {
            for (long[] v : cells.get(c).values()) {
                sum = Math.addExact(sum, v[measure]);
            }
        }
        return sum;
    }

    /** What the given venues contributed to an aggregate for one measure. */
    public long known(int aggregate, int measure, java.util.Set<String> units) {
        long sum = 0;
        for (int c : aggregates.get(aggregate).cells()) {
            for (String u : units) {
                long[] v = cells.get(c).get(u);
                if (v != null) {
                    sum = Math.addExact(sum, v[measure]);
                }
            }
        }
        return sum;
    }

    /** Every venue present in the table, sorted. */
    public List<String> units() {
        java.util.TreeSet<String> units = new java.util.TreeSet<>();
        cells.forEach(c -> units.addAll(c.keySet()));
        return List.copyOf(units);
    }

    /** Collects finest cells; {@link #build()} derives every aggregate. */
    public static final class Builder {
        private final String id;
        private final List<String> dimensions;
        private final List<Measure> measures;
        private final Map<List<Object>, Integer> cellIndex = new LinkedHashMap<>();
        private final List<YearMonth> cellMonth = new ArrayList<>();
        private final List<List<String>> cellLabels = new ArrayList<>();
        private final List<Map<String, long[]>> cells = new ArrayList<>();

        private Builder(String id, List<String> dimensions, List<Measure> measures) {
            this.id = Objects.requireNonNull(id, "id");
            this.dimensions = List.copyOf(dimensions);
            this.measures = List.copyOf(measures);
            if (measures.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one measure");
            }
        }

        /** Adds one venue's figures to a finest cell (added to what it already has there). */
        public Builder add(YearMonth month, List<String> labels, String unit, long... values) {
            if (labels.size() != dimensions.size()) {
                throw new IllegalArgumentException("expected " + dimensions.size() + " labels, got " + labels);
            }
            if (values.length != measures.size()) {
                throw new IllegalArgumentException("expected " + measures.size() + " values");
            }
            for (long v : values) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative contribution of " + unit + ": " + v);
                }
            }
            List<Object> address = new ArrayList<>();
            address.add(month);
            address.addAll(labels);
            Integer index = cellIndex.get(address);
            if (index == null) {
                index = cells.size();
                cellIndex.put(address, index);
                cellMonth.add(month);
                cellLabels.add(List.copyOf(labels));
                cells.add(new TreeMap<>());
            }
            long[] sum = cells.get(index).computeIfAbsent(Objects.requireNonNull(unit, "unit"),
                    u -> new long[measures.size()]);
            for (int m = 0; m < values.length; m++) {
                sum[m] = Math.addExact(sum[m], values[m]);
            }
            return this;
        }

        public LinkedTable build() {
            Map<String, List<Integer>> members = new TreeMap<>();
            Map<String, AlignedPeriod> periods = new LinkedHashMap<>();
            Map<String, List<String>> labelsOf = new LinkedHashMap<>();
            int subsets = 1 << dimensions.size();
            for (int c = 0; c < cells.size(); c++) {
                for (AlignedPeriod period : AlignedPeriod.containing(cellMonth.get(c))) {
                    for (int mask = 0; mask < subsets; mask++) {
                        List<String> labels = new ArrayList<>();
                        for (int d = 0; d < dimensions.size(); d++) {
                            labels.add((mask & (1 << d)) != 0 ? cellLabels.get(c).get(d) : null);
                        }
                        String key = key(period, dimensions, labels);
                        members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                        periods.putIfAbsent(key, period);
                        labelsOf.putIfAbsent(key, Collections.unmodifiableList(labels));
                    }
                }
            }
            List<Aggregate> aggregates = new ArrayList<>();
            members.forEach((key, list) -> aggregates.add(new Aggregate(key, periods.get(key), labelsOf.get(key),
                    list.stream().mapToInt(Integer::intValue).toArray())));
            return new LinkedTable(id, dimensions, measures, Collections.unmodifiableList(cells), aggregates);
        }
    }
}
