package org.consortium.hub.policies.disclosure.release;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programs of cell suppression, as a member sees the table. The unknowns are,
 * for every finest cell, the part the other venues contribute ({@code y ≥ 0}, and 0 where no
 * other venue is active, which the member can tell from public programmes); every
 * published aggregate is an equation (its value minus what the member itself contributed).
 * <ul>
 *   <li>{@link #interval}: the audit. The least and greatest value a withheld aggregate's
 *       unknown part can take: what the member can learn of it.</li>
 *   <li>{@link #toWithhold}: the choice of complementary suppressions. The same equations
 *       may be broken, at a cost per unit of deviation proportional to each aggregate's
 *       value, so that the target can move by the protection level; the aggregates that
 *       had to deviate are the ones to withhold (Kelly's and Fischetti–Salazar's
 *       formulation, solved as a linear relaxation).</li>
 * </ul>
 */
public final class ProtectionLp {

    /** Relative tolerance under which a deviation counts as none. */
    private static final double EPSILON = 1e-7;

    private ProtectionLp() {
    }

    /** The feasible range of a withheld aggregate's part unknown to the member; {@code high} may be infinite. */
    public record Interval(double low, double high) {
    }

    /**
     * What the member knowing {@code attacker}'s contributions can learn of the others' part
     * of the aggregate {@code target} in this measure, given the aggregates not in
     * {@code withheld}.
     */
    public static Interval interval(LinkedTable table, int measure, Set<String> attacker, int target, BitSet withheld) {
        double scale = Math.max(1, table.value(target, measure));
        double low = solve(table, measure, attacker, target, withheld, scale, false);
        double high = solve(table, measure, attacker, target, withheld, scale, true);
        return new Interval(low * scale, high * scale);
    }

    private static double solve(LinkedTable table, int measure, Set<String> attacker, int target, BitSet withheld,
                                double scale, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = unknowns(model, table, measure, attacker);
        for (int a = 0; a < table.aggregates().size(); a++) {
            if (!withheld.get(a)) {
                Expression e = model.addExpression("p" + a)
                        .level((table.value(a, measure) - table.known(a, measure, attacker)) / scale);
                for (int c : table.aggregates().get(a).cells()) {
                    e.set(y[c], 1);
                }
            }
        }
        Expression objective = model.addExpression("target").weight(1);
        for (int c : table.aggregates().get(target).cells()) {
            objective.set(y[c], 1);
        }
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : 0;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the published figures of " + table.id() + " are inconsistent");
        }
        return result.getValue();
    }

    /**
     * The published aggregates to withhold so that the member cannot push the target's
     * unknown part's bound ({@code upward}: its upper bound below {@code wanted}; otherwise
     * its lower bound above {@code wanted}); empty when it already cannot.
     *
     * @param cost the cost of withholding each aggregate, per unit of its value
     */
    public static Set<Integer> toWithhold(LinkedTable table, int measure, Set<String> attacker, int target,
                                          BitSet withheld, double wanted, boolean upward, double[] cost) {
        double scale = Math.max(1, table.value(target, measure));
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = unknowns(model, table, measure, attacker);
        int n = table.aggregates().size();
        Variable[] up = new Variable[n];
        Variable[] down = new Variable[n];
        int[] upIndex = new int[n];
        int next = y.length;
        for (int a = 0; a < n; a++) {
            if (withheld.get(a) || a == target) {
                continue;
            }
            double w = cost[a];
            up[a] = model.addVariable("u" + a).lower(0).weight(w);
            down[a] = model.addVariable("d" + a).lower(0).weight(w);
            upIndex[a] = next;
            next += 2;
            Expression e = model.addExpression("p" + a)
                    .level((table.value(a, measure) - table.known(a, measure, attacker)) / scale);
            for (int c : table.aggregates().get(a).cells()) {
                e.set(y[c], 1);
            }
            e.set(up[a], 1);
            e.set(down[a], -1);
        }
        Expression bound = model.addExpression("target");
        for (int c : table.aggregates().get(target).cells()) {
            bound.set(y[c], 1);
        }
        if (upward) {
            bound.lower(wanted / scale);
        } else {
            bound.upper(Math.max(0, wanted) / scale);
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("no suppression pattern protects " + table.aggregates().get(target).key());
        }
        Set<Integer> out = new LinkedHashSet<>();
        double tolerance = EPSILON * Math.max(1, Math.abs(wanted / scale));
        for (int a = 0; a < n; a++) {
            if (up[a] != null && result.doubleValue(upIndex[a]) + result.doubleValue(upIndex[a] + 1) > tolerance) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The others' part of every finest cell. Where no other venue is active the member knows
     * it (programmes are public: who played what, where and when), so that part is fixed at 0.
     */
    private static Variable[] unknowns(ExpressionsBasedModel model, LinkedTable table, int measure, Set<String> attacker) {
        Variable[] y = new Variable[table.cellCount()];
        for (int c = 0; c < y.length; c++) {
            y[c] = model.addVariable("y" + c).lower(0);
            boolean othersActive = false;
            for (var e : table.cell(c).entrySet()) {
                othersActive |= !attacker.contains(e.getKey()) && e.getValue()[measure] > 0;
            }
            if (!othersActive) {
                y[c].upper(0);
            }
        }
        return y;
    }
}
