package org.consortium.hub.policies.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Test-only adversary: sees only published values and knows how the table adds up (every
 * row and column, totals included). It tries plain subtraction along each line, repeatedly,
 * and then exact linear algebra over all lines at once. It returns what it recovered.
 */
final class Attacker {

    private Attacker() {
    }

    /** The additive lines of the table, each as members with the line's total last. */
    static List<List<CellKey>> lines(ContributionTable table) {
        return table.lines().stream().map(ContributionTable.Line::members).toList();
    }

    /** Published values; suppressed cells are absent. */
    static Map<CellKey, Long> published(ProtectedTable result) {
        Map<CellKey, Long> known = new LinkedHashMap<>();
        for (CellOutcome o : result.cells()) {
            OptionalLong v = o.publishedValue();
            if (v.isPresent()) {
                known.put(o.key(), v.getAsLong());
            }
        }
        return known;
    }

    /** Row/column subtraction, repeated until nothing new is learnt. */
    static Map<CellKey, Long> bySubtraction(List<List<CellKey>> lines, Map<CellKey, Long> published) {
        Map<CellKey, Long> known = new LinkedHashMap<>(published);
        Map<CellKey, Long> recovered = new LinkedHashMap<>();
        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (List<CellKey> line : lines) {
                List<CellKey> unknown = line.stream().filter(k -> !known.containsKey(k)).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                CellKey target = unknown.get(0);
                CellKey total = line.get(line.size() - 1);
                long sumOfParts = line.subList(0, line.size() - 1).stream()
                        .filter(k -> !k.equals(target)).mapToLong(known::get).sum();
                long value = target.equals(total) ? sumOfParts : known.get(total) - sumOfParts;
                known.put(target, value);
                recovered.put(target, value);
                learnt = true;
            }
        }
        return recovered;
    }

    /**
     * Exact Gaussian elimination over the integers (fraction-free): a hidden cell is
     * recovered when its unit vector lies in the span of the line equations.
     */
    static Map<CellKey, Long> byLinearAlgebra(List<List<CellKey>> lines, Map<CellKey, Long> published) {
        List<CellKey> unknowns = new ArrayList<>();
        lines.forEach(line -> line.stream().filter(k -> !published.containsKey(k) && !unknowns.contains(k))
                .forEach(unknowns::add));
        int n = unknowns.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (List<CellKey> line : lines) {
            BigInteger[] row = new BigInteger[n + 1];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            for (int i = 0; i < line.size(); i++) {
                CellKey k = line.get(i);
                long sign = i == line.size() - 1 ? -1 : 1; // parts minus total = 0
                int idx = unknowns.indexOf(k);
                if (idx >= 0) {
                    row[idx] = row[idx].add(BigInteger.valueOf(sign));
                } else {
                    row[n] = row[n].subtract(BigInteger.valueOf(sign * published.get(k)));
                }
            }
            rows.add(row);
        }
        int pivotRow = 0;
        Map<Integer, Integer> pivotOfColumn = new LinkedHashMap<>();
        for (int col = 0; col < n && pivotRow < rows.size(); col++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(rows, pivotRow, found);
            BigInteger[] p = rows.get(pivotRow);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == pivotRow || row[col].signum() == 0) {
                    continue;
                }
                BigInteger factor = row[col];
                for (int c = 0; c <= n; c++) {
                    row[c] = row[c].multiply(p[col]).subtract(p[c].multiply(factor));
                }
            }
            pivotOfColumn.put(col, pivotRow);
            pivotRow++;
        }
        Map<CellKey, Long> recovered = new LinkedHashMap<>();
        pivotOfColumn.forEach((col, r) -> {
            BigInteger[] row = rows.get(r);
            boolean alone = true;
            for (int c = 0; c < n; c++) {
                if (c != col && row[c].signum() != 0) {
                    alone = false;
                }
            }
            if (alone) {
                recovered.put(unknowns.get(col), row[n].divide(row[col]).longValueExact());
            }
        });
        return recovered;
    }
}
