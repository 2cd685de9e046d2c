package org.consortium.hub.policies.disclosure;

/**
 * Address of a cell. A {@code null} row or column means "all of them", i.e. a margin:
 * {@code (r, null)} is row r's total, {@code (null, c)} column c's total and
 * {@code (null, null)} the grand total. In a one-dimensional table every inner cell has a
 * {@code null} column (there is only the one implicit column), so {@code (r, null)} is
 * category r and {@code (null, null)} the total.
 */
public record CellKey(String row, String column) {

    /** The grand total. */
    public static CellKey grandTotal() {
        return new CellKey(null, null);
    }

    /** Row r's total over all columns. */
    public static CellKey rowTotal(String row) {
        return new CellKey(java.util.Objects.requireNonNull(row), null);
    }

    /** Column c's total over all rows. */
    public static CellKey columnTotal(String column) {
        return new CellKey(null, java.util.Objects.requireNonNull(column));
    }

    @Override
    public String toString() {
        return "(" + (row == null ? "Total" : row) + " × " + (column == null ? "Total" : column) + ")";
    }
}
