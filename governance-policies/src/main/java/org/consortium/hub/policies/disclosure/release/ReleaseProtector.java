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
    /**
     * Figures over the whole history link every period to every other: withholding them is
     * cheap, so that protecting one season never withholds another year instead.
     */
    private static final double WHOLE_HISTORY_COST = 0.001;

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
        int[] all = new int[tables.isEmpty() ? 0 : tables.get(0).measures().size()];
        for (int m = 0; m < all.length; m++) {
            all[m] = m;
        }
        return protect(tables, all, rules, imposed, progress);
    }

    /**
     * Protects one measure of the tables on its own: the pattern then fits that measure
     * (a small count of first-time buyers does not withhold the tickets beside it). Figures
     * computed from two measures must be published only where both are.
     */
    public static Protection protectMeasure(List<LinkedTable> tables, int measure, DisclosureRules rules,
                                            Map<String, CellVerdict> imposed, Progress progress) {
        return protect(tables, new int[] {measure}, rules, imposed, progress);
    }

    private static Protection protect(List<LinkedTable> tables, int[] measures, DisclosureRules rules,
                                      Map<String, CellVerdict> imposed, Progress progress) {
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
                CellVerdict primary = MemberAwarePrimary.check(only(t.contributions(a), measures),
                        java.util.Arrays.stream(measures).mapToObj(m -> t.measures().get(m)).toList(), rules);
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
                    changed |= protectTable(tables.get(i), measures, rules, withheld, targets, appearances, satisfied);
                    progress.tablesDone(i + 1, tables.size());
                }
            }
        }
        return new Protection(withheld, passes);
    }

    /**
     * One table's secondary suppressions given what is withheld so far; true when it withheld
     * more. Aggregates that sum the same finest cells (a quarter with one month of data, a
     * region of one department) are one figure under several keys: they share one fate, and
     * only one of them enters the programs.
     */
    private static boolean protectTable(LinkedTable t, int[] measures, DisclosureRules rules, Map<String, CellVerdict> withheld,
                                        Set<String> targets, Map<String, Integer> appearances,
                                        Set<String> satisfied) {
        int n = t.aggregates().size();
        int[] rep = new int[n];
        Map<List<Integer>, Integer> first = new HashMap<>();
        Map<Integer, List<Integer>> group = new HashMap<>();
        for (int a = 0; a < n; a++) {
            List<Integer> cells = java.util.Arrays.stream(t.aggregates().get(a).cells()).boxed().toList();
            final int index = a;
            rep[a] = first.computeIfAbsent(cells, k -> index);
            group.computeIfAbsent(rep[a], k -> new ArrayList<>()).add(a);
        }
        boolean any = false;
        BitSet hidden = new BitSet(n);
        for (int a = 0; a < n; a++) {
            CellVerdict v = withheld.get(t.aggregates().get(a).key());
            if (v != null) {
                for (int member : group.get(rep[a])) {
                    hidden.set(member);
                    if (withheld.putIfAbsent(t.aggregates().get(member).key(), v) == null) {
                        any = true;
                    }
                }
            }
        }
        BitSet inPrograms = (BitSet) hidden.clone();
        Set<Integer> targetReps = new TreeSet<>();
        for (int a = 0; a < n; a++) {
            if (rep[a] != a) {
                inPrograms.set(a);
            }
            if (targets.contains(t.aggregates().get(a).key())) {
                targetReps.add(rep[a]);
            }
        }
        double[] cost = costs(t, measures[0], appearances);
        List<Set<String>> attackers = attackers(t.units(), rules.coalition());
        double level = rules.protectionLevel() / 100.0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int target : targetReps) {
                String targetKey = t.aggregates().get(target).key();
                for (Set<String> attacker : attackers) {
                    for (int m : measures) {
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
                            Set<Integer> more = ProtectionLp.toWithhold(t, m, attacker, target, inPrograms, wanted,
                                    upward, cost);
                            if (more.isEmpty()) {
                                satisfied.add(check);
                            }
                            for (int a : more) {
                                CellVerdict d = new CellVerdict(StatusCode.D, "Secondary suppression: withheld so that "
                                        + "a member knowing its own figures cannot recompute, or narrow to less than ±"
                                        + rules.protectionLevel() + "%, a hidden cell (" + targetKey + ").");
                                for (int member : group.get(rep[a])) {
                                    hidden.set(member);
                                    inPrograms.set(member);
                                    withheld.putIfAbsent(t.aggregates().get(member).key(), d);
                                }
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

    private static Map<String, long[]> only(Map<String, long[]> contributions, int[] measures) {
        Map<String, long[]> out = new LinkedHashMap<>();
        contributions.forEach((unit, values) -> {
            long[] v = new long[measures.length];
            for (int i = 0; i < measures.length; i++) {
                v[i] = values[measures[i]];
            }
            out.put(unit, v);
        });
        return out;
    }

    /**
     * Withholding an aggregate costs its share of the table's largest value, a thousand times
     * more when other tables publish it too, a thousand times less when it covers the whole history.
     */
    private static double[] costs(LinkedTable t, int measure, Map<String, Integer> appearances) {
        int n = t.aggregates().size();
        double max = 1;
        for (int a = 0; a < n; a++) {
            max = Math.max(max, t.value(a, measure));
        }
        double[] cost = new double[n];
        for (int a = 0; a < n; a++) {
            LinkedTable.Aggregate aggregate = t.aggregates().get(a);
            cost[a] = (1 + t.value(a, measure)) / max * (appearances.get(aggregate.key()) > 1 ? SHARED_COST : 1)
                    * (aggregate.period().kind() == AlignedPeriod.Kind.ALL ? WHOLE_HISTORY_COST : 1);
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
