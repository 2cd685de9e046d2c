package org.consortium.hub.policies.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An input table of inner cells with their unit contributions, in one or two dimensions.
 * Margins are not given: they are computed from the inner cells (see
 * {@link #cell(CellKey)}), so that they always add up. Rows and columns keep the order in
 * which they first appear; that order is the final tie-break of secondary suppression.
 * A row × column combination that was never given is an empty cell.
 */
public final class ContributionTable {

    private final boolean twoDimensional;
    private final List<String> rows;
    private final List<String> columns;
    private final Map<CellKey, CellContributions> inner;

    private ContributionTable(boolean twoDimensional, List<String> rows, List<String> columns,
                              Map<CellKey, CellContributions> inner) {
        this.twoDimensional = twoDimensional;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.inner = Collections.unmodifiableMap(new LinkedHashMap<>(inner));
    }

    /** Starts a row × column table. */
    public static Builder twoDimensional() {
        return new Builder(true);
    }

    /** Starts a one-dimensional table (categories and their total). */
    public static Builder oneDimensional() {
        return new Builder(false);
    }

    public boolean isTwoDimensional() {
        return twoDimensional;
    }

    public List<String> rows() {
        return rows;
    }

    /** Column keys; empty for a one-dimensional table. */
    public List<String> columns() {
        return columns;
    }

    public boolean isEmpty() {
        return inner.isEmpty();
    }

    /** Every key of the table, inner cells first (row by row), then margins, grand total last. */
    public List<CellKey> keys() {
        List<CellKey> keys = new ArrayList<>();
        if (inner.isEmpty()) {
            return keys;
        }
        if (twoDimensional) {
            for (String r : rows) {
                for (String c : columns) {
                    keys.add(new CellKey(r, c));
                }
                keys.add(CellKey.rowTotal(r));
            }
            for (String c : columns) {
                keys.add(CellKey.columnTotal(c));
            }
        } else {
            for (String r : rows) {
                keys.add(CellKey.rowTotal(r));
            }
        }
        keys.add(CellKey.grandTotal());
        return keys;
    }

    /** True when the key is a total (margin) rather than an inner cell. */
    public boolean isMargin(CellKey key) {
        return twoDimensional ? key.row() == null || key.column() == null : key.row() == null;
    }

    /**
     * The contributions of any cell of the table, margins included. A margin's contribution
     * of a unit is the sum of that unit's contributions over the inner cells it covers, and
     * it counts people when any of those cells does.
     */
    public CellContributions cell(CellKey key) {
        if (!isMargin(key)) {
            CellContributions c = inner.get(key);
            return c != null ? c : CellContributions.empty(anyCountsPeople(inner.values()));
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        boolean people = false;
        for (Map.Entry<CellKey, CellContributions> e : inner.entrySet()) {
            if (covers(key, e.getKey())) {
                people |= e.getValue().countsPeople();
                e.getValue().contributions().forEach((unit, v) -> sums.merge(unit, v, Math::addExact));
            }
        }
        return new CellContributions(sums, people);
    }

    private static boolean anyCountsPeople(java.util.Collection<CellContributions> cells) {
        return cells.stream().anyMatch(CellContributions::countsPeople);
    }

    private static boolean covers(CellKey margin, CellKey innerKey) {
        return (margin.row() == null || margin.row().equals(innerKey.row()))
                && (margin.column() == null || margin.column().equals(innerKey.column()));
    }

    /**
     * The additive relations of the table: each is a set of cells whose members add up to
     * the last one (its total). These are what an attacker can subtract along.
     */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        if (inner.isEmpty()) {
            return lines;
        }
        if (!twoDimensional) {
            List<CellKey> members = new ArrayList<>();
            rows.forEach(r -> members.add(CellKey.rowTotal(r)));
            members.add(CellKey.grandTotal());
            lines.add(new Line("the table", members));
            return lines;
        }
        List<String> rowsAndTotal = new ArrayList<>(rows);
        rowsAndTotal.add(null);
        List<String> columnsAndTotal = new ArrayList<>(columns);
        columnsAndTotal.add(null);
        for (String r : rowsAndTotal) {
            List<CellKey> members = new ArrayList<>();
            columnsAndTotal.forEach(c -> members.add(new CellKey(r, c)));
            lines.add(new Line(r == null ? "the total row" : "row " + r, members));
        }
        for (String c : columnsAndTotal) {
            List<CellKey> members = new ArrayList<>();
            rowsAndTotal.forEach(r -> members.add(new CellKey(r, c)));
            lines.add(new Line(c == null ? "the total column" : "column " + c, members));
        }
        return lines;
    }

    /** One additive relation: the members (total last) and how to name it in a reason. */
    record Line(String name, List<CellKey> members) {
    }

    /** Collects inner cells. */
    public static final class Builder {
        private final boolean twoDimensional;
        private final Set<String> rows = new LinkedHashSet<>();
        private final Set<String> columns = new LinkedHashSet<>();
        private final Map<CellKey, CellContributions> inner = new LinkedHashMap<>();

        private Builder(boolean twoDimensional) {
            this.twoDimensional = twoDimensional;
        }

        /** Adds an inner cell of a two-dimensional table. */
        public Builder cell(String row, String column, boolean countsPeople, Map<String, Long> contributions) {
            if (!twoDimensional) {
                throw new IllegalStateException("a one-dimensional table has no columns");
            }
            return put(Objects.requireNonNull(row, "row"), Objects.requireNonNull(column, "column"),
                    new CellContributions(contributions, countsPeople));
        }

        /** Adds a category of a one-dimensional table. */
        public Builder cell(String row, boolean countsPeople, Map<String, Long> contributions) {
            if (twoDimensional) {
                throw new IllegalStateException("a two-dimensional cell needs a column");
            }
            return put(Objects.requireNonNull(row, "row"), null, new CellContributions(contributions, countsPeople));
        }

        private Builder put(String row, String column, CellContributions cell) {
            CellKey key = new CellKey(row, column);
            if (inner.containsKey(key)) {
                throw new IllegalArgumentException("cell " + key + " given twice");
            }
            rows.add(row);
            if (column != null) {
                columns.add(column);
            }
            inner.put(key, cell);
            return this;
        }

        public ContributionTable build() {
            return new ContributionTable(twoDimensional, new ArrayList<>(rows), new ArrayList<>(columns), inner);
        }
    }
}
