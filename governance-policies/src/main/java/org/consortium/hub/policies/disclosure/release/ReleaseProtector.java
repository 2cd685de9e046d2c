package org.consortium.hub.policies.disclosure.release;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.StatusCode;

/**
 * Protects the linked tables of a release together, after the modular approach of τ-Argus
 * (HiTaS): tables are protected one after the other, coarsest first; an aggregate withheld
 * in one table is withheld wherever it appears, and withholding, in a finer table, an
 * aggregate that a coarser table had published sends the work back to that table
 * (backtracking), until one pass over every table adds nothing. Withholding only ever grows,
 * so this ends.
 *
 * <p>Within a table, every primary-sensitive aggregate (A or B) is a target, and every member
 * present in the table is an attacker (every coalition of members when the rules allow
 * coalitions). For each target, attacker, measure and side, {@link ProtectionLp#toWithhold}
 * names the published aggregates to withhold so that the attacker cannot narrow the target's
 * unknown part to less than the protection level; this repeats until no target needs more.
 * Aggregates that several tables publish cost a thousand times more to withhold, so that a
 * finer table prefers its own cells and backtracking stays rare.
 */
public final class ReleaseProtector {

    private static final double SHARED_COST = 1000;

    private ReleaseProtector() {
    }

    /** The fate of every aggregate of a release: those withheld with their verdicts; any other key is published. */
    public record Protection(Map<String, CellVerdict> withheld, int passes) {

        public CellVerdict verdict(String key) {
            CellVerdict v = withheld.get(key);
            return v != null ? v : new CellVerdict(StatusCode.V, "Publishable.");
        }
    }

    /**
     * Protects linked tables under one set of rules.
     *
     * @param tables coarsest first (fewer dimensions first)
     * @param imposed aggregates to withhold for reasons found outside the tables (for example
     *                a change since the previous release that too few venues make); they are
     *                protected like primary suppressions
     */
    public static Protection protect(List<LinkedTable> tables, DisclosureRules rules, Map<String, CellVerdict> imposed) {
        return protect(tables, rules, imposed, (done, total) -> { });
    }

    /** Told how many tables are protected so far in the current pass. */
    public interface Progress {
        void tablesDone(int done, int total);
    }

    /** As {@link #protect(List, DisclosureRules, Map)}, telling progress table by table. */
    public static Protection protect(List<LinkedTable> tables, DisclosureRules rules, Map<String, CellVerdict> imposed,
                                     Progress progress) {
        Map<String, CellVerdict> withheld = new LinkedHashMap<>();
        Map<String, Integer> appearances = new HashMap<>();
        Set<String> targets = new TreeSet<>();
        for (LinkedTable t : tables) {
            for (int a = 0; a < t.aggregates().size(); a++) {
                String key = t.aggregates().get(a).key();
                appearances.merge(key, 1, Integer::sum);
                if (withheld.containsKey(key)) {
                    continue;
                }
                CellVerdict primary = MemberAwarePrimary.check(t.contributions(a), t.measures(), rules);
                if (primary.status().suppressed()) {
                    withheld.put(key, primary);
                    targets.add(key);
                }
            }
        }
        imposed.forEach((key, verdict) -> {
            if (!withheld.containsKey(key) && appearances.containsKey(key)) {
                withheld.put(key, verdict);
                targets.add(key);
            }
        });
        int passes = 0;
        // A (table, target, attacker, measure, side) once protected stays protected: withholding
        // more only removes equations, which can only widen a feasible interval.
        Set<String> satisfied = new java.util.HashSet<>();
        if (rules.secondarySuppression()) {
            boolean changed = true;
            while (changed) {
                passes++;
                changed = false;
                for (int i = 0; i < tables.size(); i++) {
                    changed |= protectTable(tables.get(i), rules, withheld, targets, appearances, satisfied);
                    progress.tablesDone(i + 1, tables.size());
                }
            }
        }
        return new Protection(withheld, passes);
    }

    /** One table's secondary suppressions given what is withheld so far; true when it withheld more. */
    private static boolean protectTable(LinkedTable t, DisclosureRules rules, Map<String, CellVerdict> withheld,
                                        Set<String> targets, Map<String, Integer> appearances,
                                        Set<String> satisfied) {
        int n = t.aggregates().size();
        BitSet hidden = new BitSet(n);
        for (int a = 0; a < n; a++) {
            if (withheld.containsKey(t.aggregates().get(a).key())) {
                hidden.set(a);
            }
        }
        double[] cost = costs(t, appearances);
        List<Set<String>> attackers = attackers(t.units(), rules.coalition());
        double level = rules.protectionLevel() / 100.0;
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int target = 0; target < n; target++) {
                String targetKey = t.aggregates().get(target).key();
                if (!targets.contains(targetKey)) {
                    continue;
                }
                for (Set<String> attacker : attackers) {
                    for (int m = 0; m < t.measures().size(); m++) {
                        long value = t.value(target, m);
                        long unknown = value - t.known(target, m, attacker);
                        if (value == 0 || unknown <= 0) {
                            continue;
                        }
                        double margin = level * value;
                        for (boolean upward : new boolean[] {true, false}) {
                            String check = t.id() + '|' + targetKey + '|' + attacker + '|' + m + '|' + upward;
                            if (satisfied.contains(check)) {
                                continue;
                            }
                            double wanted = upward ? unknown + margin : unknown - margin;
                            Set<Integer> more = ProtectionLp.toWithhold(t, m, attacker, target, hidden, wanted, upward, cost);
                            if (more.isEmpty()) {
                                satisfied.add(check);
                            }
                            for (int a : more) {
                                hidden.set(a);
                                withheld.put(t.aggregates().get(a).key(), new CellVerdict(StatusCode.D,
                                        "Secondary suppression: withheld so that a member knowing its own figures "
                                                + "cannot recompute, or narrow to less than ±" + rules.protectionLevel()
                                                + "%, a hidden cell (" + targetKey + ")."));
                                changed = true;
                                any = true;
                            }
                        }
                    }
                }
            }
        }
        return any;
    }

    /** Withholding an aggregate costs its share of the table's largest value, a thousand times more when shared. */
    private static double[] costs(LinkedTable t, Map<String, Integer> appearances) {
        int n = t.aggregates().size();
        double max = 1;
        for (int a = 0; a < n; a++) {
            max = Math.max(max, t.value(a, 0));
        }
        double[] cost = new double[n];
        for (int a = 0; a < n; a++) {
            cost[a] = (1 + t.value(a, 0)) / max * (appearances.get(t.aggregates().get(a).key()) > 1 ? SHARED_COST : 1);
        }
        return cost;
    }

    /** Every group of {@code size} members among the table's venues (every venue alone when size is 1). */
    static List<Set<String>> attackers(List<String> units, int size) {
        List<Set<String>> out = new ArrayList<>();
        combine(units, Math.min(size, units.size()), 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<String> units, int size, int from, List<String> current, List<Set<String>> out) {
        if (current.size() == size) {
            out.add(Set.copyOf(current));
            return;
        }
        for (int i = from; i < units.size(); i++) {
            current.add(units.get(i));
            combine(units, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
