package org.consortium.hub.policies.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses complementary (D) suppressions so that no suppressed cell can be recomputed from
 * the published ones.
 *
 * <p>Two rules are applied until neither adds anything:
 * <ol>
 * <li><b>Pair rule</b> (INSEE): every additive line of the table (each row and column,
 * including the total row and total column) holds either no suppressed cell or at least
 * two; otherwise the lone one is its total minus the published others. The complement
 * chosen is the cheapest cell of the line: non-empty before empty, smallest value, fewest
 * units, then table order.</li>
 * <li><b>Combination rule</b> (two-dimensional tables only): the pair rule alone does not
 * stop an attacker who adds several rows and subtracts several columns. Writing margins
 * with a minus sign, the table becomes a grid whose every row and column sums to zero;
 * suppressed cells are the edges of a bipartite graph between grid rows and grid columns,
 * and a suppressed value is recoverable exactly when its edge is a bridge of that graph
 * (it lies on no cycle, so no alternating change of the hidden values can move it). For
 * each bridge we suppress the cheapest cell that closes a cycle through it.</li>
 * </ol>
 * The process ends because every round suppresses one more cell of a finite table.
 * Protection here is against exact recovery; interval bounds derived from non-negativity
 * are not considered.
 */
final class SecondarySuppression {

    private final ContributionTable table;
    private final List<CellKey> keys;
    private final Map<CellKey, CellContributions> cells;
    private final Map<CellKey, CellVerdict> verdicts;
    private final Map<CellKey, Integer> order = new HashMap<>();
    private final Comparator<CellKey> cheapestFirst;

    SecondarySuppression(ContributionTable table, List<CellKey> keys, Map<CellKey, CellContributions> cells,
                         Map<CellKey, CellVerdict> verdicts) {
        this.table = table;
        this.keys = keys;
        this.cells = cells;
        this.verdicts = verdicts;
        for (int i = 0; i < keys.size(); i++) {
            order.put(keys.get(i), i);
        }
        // Empty cells go last: hiding a structural zero protects little, since its being zero
        // is often known.
        this.cheapestFirst = Comparator.<CellKey, Boolean>comparing(k -> cells.get(k).isEmpty())
                .thenComparingLong(k -> cells.get(k).value())
                .thenComparingInt(k -> cells.get(k).contributingUnits())
                .thenComparingInt(order::get);
    }

    void run() {
        boolean changed = true;
        while (changed) {
            changed = applyPairRule();
            if (!changed && table.isTwoDimensional()) {
                changed = breakOneBridge();
            }
        }
    }

    private boolean suppressed(CellKey key) {
        return verdicts.get(key).status().suppressed();
    }

    private boolean applyPairRule() {
        boolean changed = false;
        for (ContributionTable.Line line : table.lines()) {
            List<CellKey> hidden = line.members().stream().filter(this::suppressed).toList();
            if (hidden.size() != 1) {
                continue;
            }
            CellKey lone = hidden.get(0);
            CellKey complement = line.members().stream()
                    .filter(k -> !suppressed(k))
                    .min(cheapestFirst)
                    .orElseThrow(() -> new IllegalStateException("a line with one member cannot exist"));
            verdicts.put(complement, new CellVerdict(StatusCode.D, "Secondary suppression: withheld so that "
                    + lone + " cannot be recomputed by subtraction along " + line.name() + "."));
            changed = true;
        }
        return changed;
    }

    // ---- combination rule ------------------------------------------------------------

    /** Grid row index of a key: table rows in order, the total row last. */
    private int gridRow(CellKey k) {
        List<String> rows = table.rows();
        return k.row() == null ? rows.size() : rows.indexOf(k.row());
    }

    /** Graph vertex of a key's grid column, numbered after all grid rows. */
    private int columnVertex(CellKey k) {
        List<String> columns = table.columns();
        int base = table.rows().size() + 1;
        return base + (k.column() == null ? columns.size() : columns.indexOf(k.column()));
    }

    private boolean breakOneBridge() {
        List<CellKey> edges = keys.stream().filter(this::suppressed).toList();
        int vertices = table.rows().size() + 1 + table.columns().size() + 1;
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            adjacency.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            adjacency.get(gridRow(edges.get(e))).add(e);
            adjacency.get(columnVertex(edges.get(e))).add(e);
        }
        Set<Integer> bridges = new BridgeFinder(edges, adjacency).bridges();
        if (bridges.isEmpty()) {
            return false;
        }
        int bridge = bridges.stream().min(Integer::compare).orElseThrow();
        CellKey exposed = edges.get(bridge);
        Set<Integer> rowSide = reachable(gridRow(exposed), bridge, edges, adjacency);
        Set<Integer> columnSide = reachable(columnVertex(exposed), bridge, edges, adjacency);
        // A new edge from a grid row on the column's side to a grid column on the row's side
        // closes a cycle through the bridge.
        CellKey complement = keys.stream()
                .filter(k -> !suppressed(k))
                .filter(k -> columnSide.contains(gridRow(k)) && rowSide.contains(columnVertex(k)))
                .min(cheapestFirst)
                .orElseThrow(() -> new IllegalStateException("no cell can close a cycle through " + exposed));
        verdicts.put(complement, new CellVerdict(StatusCode.D, "Secondary suppression: withheld so that "
                + exposed + " cannot be recomputed by combining several rows and columns."));
        return true;
    }

    private int otherEnd(CellKey edge, int vertex) {
        int r = gridRow(edge);
        return r == vertex ? columnVertex(edge) : r;
    }

    private Set<Integer> reachable(int start, int skippedEdge, List<CellKey> edges, List<List<Integer>> adjacency) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        seen.add(start);
        todo.add(start);
        while (!todo.isEmpty()) {
            int v = todo.poll();
            for (int e : adjacency.get(v)) {
                int w = otherEnd(edges.get(e), v);
                if (e != skippedEdge && seen.add(w)) {
                    todo.add(w);
                }
            }
        }
        return seen;
    }

    /** Tarjan's bridge finding on the suppression graph (tables are small: recursion is fine). */
    private final class BridgeFinder {
        private final List<CellKey> edges;
        private final List<List<Integer>> adjacency;
        private final int[] discovered;
        private final int[] low;
        private final Set<Integer> bridges = new HashSet<>();
        private int time = 1;

        BridgeFinder(List<CellKey> edges, List<List<Integer>> adjacency) {
            this.edges = edges;
            this.adjacency = adjacency;
            this.discovered = new int[adjacency.size()];
            this.low = new int[adjacency.size()];
        }

        Set<Integer> bridges() {
            for (int v = 0; v < adjacency.size(); v++) {
                if (discovered[v] == 0) {
                    visit(v, -1);
                }
            }
            return bridges;
        }

        private void visit(int v, int viaEdge) {
            discovered[v] = low[v] = time++;
            for (int e : adjacency.get(v)) {
                if (e == viaEdge) {
                    continue;
                }
                int w = otherEnd(edges.get(e), v);
                if (discovered[w] == 0) {
                    visit(w, e);
                    low[v] = Math.min(low[v], low[w]);
                    if (low[w] > discovered[v]) {
                        bridges.add(e);
                    }
                } else {
                    low[v] = Math.min(low[v], discovered[w]);
                }
            }
        }
    }
}
