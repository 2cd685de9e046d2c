package org.consortium.hub.policies.disclosure.release;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortium.hub.policies.disclosure.release.LinkedTable.Measure;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An adversary that is a member organisation. It knows its own records exactly and reads
 * every figure a release publishes, in every table at once, and knows from public programmes
 * which venue was active in which month, genre and place: its unknowns are every other
 * venue's figure in every finest record cell where that venue was active (month × every
 * dimension), nonnegative. For every other venue and every
 * aggregate that venue contributes to, it solves two linear programs for the least and
 * greatest value that venue's contribution can take, and reports the figures it pins down to
 * less than the protection level on either side.
 */
final class MemberAttacker {

    /** One finest record: a venue's figures for a month and one label per dimension of the data. */
    record Row(String venue, YearMonth month, Map<String, String> labels, long... values) {
    }

    /** What the attacker learnt of one venue's share of one aggregate. */
    record Finding(String venue, String key, long truth, double low, double high) {
        @Override
        public String toString() {
            return venue + " in " + key + ": " + truth + " known within [" + low + ", " + high + "]";
        }
    }

    private final List<Row> rows;
    private final List<String> allDimensions;
    private final List<Measure> measures;

    MemberAttacker(List<Row> rows, List<String> allDimensions, List<Measure> measures) {
        this.rows = rows;
        this.allDimensions = allDimensions;
        this.measures = measures;
    }

    /** The release's table over the given dimensions (a subset of the data's, in the same order). */
    LinkedTable table(List<String> dimensions) {
        LinkedTable.Builder b = LinkedTable.builder(String.join(",", dimensions), dimensions, measures);
        for (Row r : rows) {
            b.add(r.month(), dimensions.stream().map(d -> r.labels().get(d)).toList(), r.venue(), r.values());
        }
        return b.build();
    }

    /** Everything {@code attacker} pins down to within {@code level} (a fraction) of another venue's figure. */
    List<Finding> attack(String attacker, List<LinkedTable> tables, ReleaseProtector.Protection protection,
                         double level, int measure, boolean firstOnly) {
        List<String> venues = rows.stream().map(Row::venue).distinct().sorted().filter(v -> !v.equals(attacker)).toList();
        List<List<String>> grid = grid();
        List<Finding> findings = new ArrayList<>();
        for (int v = 0; v < venues.size(); v++) {
            for (LinkedTable t : tables) {
                for (LinkedTable.Aggregate a : t.aggregates()) {
                    long truth = share(venues.get(v), t, a, measure);
                    if (truth == 0) {
                        continue;
                    }
                    double low = 0;
                    double high = 0;
                    for (boolean maximise : new boolean[] {false, true}) {
                        // A model of its own for each bound: ojAlgo models are not meant to be re-solved
                        // with another objective.
                        ExpressionsBasedModel model = new ExpressionsBasedModel();
                        Variable[][] x = unknowns(model, venues, grid, measure);
                        publish(model, x, attacker, grid, tables, protection, measure);
                        Expression objective = model.addExpression("target").weight(1);
                        for (int g = 0; g < grid.size(); g++) {
                            if (covers(a, grid.get(g))) {
                                objective.set(x[v][g], 1);
                            }
                        }
                        if (maximise) {
                            high = bound(model.maximise(), true);
                        } else {
                            low = bound(model.minimise(), false);
                        }
                    }
                    double margin = level * truth - 1e-6 * Math.max(1, truth);
                    if (high - truth < margin || truth - low < margin) {
                        findings.add(new Finding(venues.get(v), a.key(), truth, low, high));
                        if (firstOnly) {
                            return findings;
                        }
                    }
                }
            }
        }
        return findings;
    }

    private static double bound(Optimisation.Result r, boolean maximise) {
        if (r.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : 0;
        }
        if (!r.getState().isFeasible()) {
            throw new IllegalStateException("inconsistent release");
        }
        return r.getValue();
    }

    private Variable[][] unknowns(ExpressionsBasedModel model, List<String> venues, List<List<String>> grid, int measure) {
        Variable[][] x = new Variable[venues.size()][grid.size()];
        for (int v = 0; v < venues.size(); v++) {
            for (int g = 0; g < grid.size(); g++) {
                x[v][g] = model.addVariable().lower(0);
                if (!active(venues.get(v), grid.get(g), measure)) {
                    x[v][g].upper(0);
                }
            }
        }
        return x;
    }

    /** One equation per published aggregate of every table: its value less the attacker's own share. */
    private void publish(ExpressionsBasedModel model, Variable[][] x, String attacker, List<List<String>> grid,
                         List<LinkedTable> tables, ReleaseProtector.Protection protection, int measure) {
        int e = 0;
        for (LinkedTable t : tables) {
            for (int i = 0; i < t.aggregates().size(); i++) {
                LinkedTable.Aggregate a = t.aggregates().get(i);
                if (protection.verdict(a.key()).status().suppressed()) {
                    continue;
                }
                Expression ex = model.addExpression("e" + e++).level(t.value(i, measure) - share(attacker, t, a, measure));
                for (int g = 0; g < grid.size(); g++) {
                    if (covers(a, grid.get(g))) {
                        for (Variable[] venue : x) {
                            ex.set(venue[g], 1);
                        }
                    }
                }
            }
        }
    }

    private long share(String venue, LinkedTable t, LinkedTable.Aggregate a, int measure) {
        long sum = 0;
        for (int c : a.cells()) {
            long[] v = t.cell(c).get(venue);
            sum += v == null ? 0 : v[measure];
        }
        return sum;
    }

    /** Every combination of month and labels seen in the data: the cells of the attacker's unknowns. */
    private List<List<String>> grid() {
        List<List<String>> axes = new ArrayList<>();
        axes.add(rows.stream().map(r -> r.month().toString()).distinct().sorted().toList());
        for (String d : allDimensions) {
            axes.add(rows.stream().map(r -> r.labels().get(d)).distinct().sorted().toList());
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> axis : axes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : axis) {
                    List<String> p = new ArrayList<>(prefix);
                    p.add(v);
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private boolean active(String venue, List<String> cell, int measure) {
        for (Row r : rows) {
            if (r.venue().equals(venue) && r.month().toString().equals(cell.get(0)) && r.values()[measure] > 0) {
                boolean same = true;
                for (int d = 0; d < allDimensions.size(); d++) {
                    same &= r.labels().get(allDimensions.get(d)).equals(cell.get(d + 1));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the aggregate's key covers the grid cell (month, then labels in data order). */
    private boolean covers(LinkedTable.Aggregate a, List<String> cell) {
        String[] parts = a.key().split(";");
        if (!a.period().contains(YearMonth.parse(cell.get(0)))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            int d = allDimensions.indexOf(kv[0]);
            if (!cell.get(d + 1).equals(kv[1])) {
                return false;
            }
        }
        return true;
    }
}
