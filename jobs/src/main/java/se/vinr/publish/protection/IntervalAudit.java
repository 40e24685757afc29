package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's audit of a suppression pattern, as statistical agencies run it (τ-ARGUS and sdcTable
 * call it the audit): every additive group is a linear equation the reader knows, every hidden cell an
 * unknown with the bounds the reader knows, and linear programming gives each hidden cell's smallest and
 * largest feasible value. A reader knows that counts are never negative, that a hidden count is at least
 * 1 (zeros are shown), and, through the complement cell {@code d = n + (d − n)} that protection adds to
 * every share, that a share's numerator is at most its denominator.
 *
 * <p>Integrality: the interval {@code [lo, hi]} of the LP relaxation holds every integer value a reader
 * could still consider, {@code ceil(lo) .. floor(hi)}; the integer solutions may be fewer (gaps, or a
 * narrower hull where the equations are not totally unimodular, as linked tables may be), so the count of
 * feasible values is an upper bound of what the integer problem leaves. This is the audit τ-ARGUS runs; an
 * exact integer audit would multiply the cost by the branch and bound of every cell and is left to the
 * caller who needs it.
 *
 * <p>Only groups that the true counts satisfy exactly enter the audit. A declared near-identity (one person
 * in two roles counted once in a total) that the data break would make the reader's system inconsistent, or
 * pin a cell to a wrong value; such a group still makes exact derivation ({@link Derivability}) hide more.
 *
 * <p>The hidden cells are solved one connected part at a time (hidden cells joined by a group they share;
 * shown cells are constants), and each part's intervals are kept for the run: within one protection run
 * the groups are fixed and a part is determined by its cells.
 *
 * <p>Two facts spare most programmes. Any feasible solution is a pair of points of each cell's interval,
 * with the true counts a third, and the interval is convex: so the solutions that maximise and minimise
 * the sum of a part's cells (two programmes) already show most cells wide enough, and only the others
 * need programmes of their own. And hiding one more cell only relaxes the reader's system (the cell's
 * constant becomes an unknown that may keep its value), so a cell wide enough for one set of hidden cells
 * stays so for every larger set: what {@link #firstNarrow} has passed is not asked again while the hidden
 * cells only grow. Both only skip work; they never pass a cell the full audit would fail.
 *
 * <p>ojAlgo solves the programmes: a kept, pure-Java library (MIT licence, no native code, no further
 * dependency), which runs wherever the batch runs.
 */
final class IntervalAudit {

    /** Beyond this a bound is taken as open: no count of a municipality's half-year is near it. */
    private static final double OPEN = 1e9;
    private static final double TOLERANCE = 1e-6;

    /** The feasible range of a hidden cell; {@code high} is infinite when nothing bounds it above. */
    record Interval(double low, double high) {

        /** The least integer value a reader could still consider. */
        long lowest() {
            return (long) Math.ceil(low - TOLERANCE);
        }

        /** The greatest such value; {@link Long#MAX_VALUE} when unbounded. */
        long highest() {
            return Double.isInfinite(high) || high >= OPEN ? Long.MAX_VALUE : (long) Math.floor(high + TOLERANCE);
        }

        /** How many integer values the interval leaves, at most {@link Long#MAX_VALUE}. */
        long values() {
            long highest = highest();
            return highest == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, highest - lowest() + 1);
        }

        boolean pinned() {
            return values() <= 1;
        }
    }

    private final Map<String, List<AdditiveCells>> groupsOfCell = new HashMap<>();
    private final ToLongFunction<String> count;
    private final ToLongFunction<String> lowerBound;
    /** Per part, its programme and the intervals solved so far: within a run a part's cells determine both. */
    private final Map<Set<String>, Programme> programmes = new HashMap<>();
    /** Per cell and required width, the hidden cells with which {@link #firstNarrow} found it wide enough. */
    private final Map<String, Map<Long, Set<String>>> passed = new HashMap<>();

    /**
     * @param count the true count of a cell
     * @param lowerBound the least value a reader knows a hidden cell to have (1 for a hidden published
     *                   count, 0 for a count never published)
     */
    IntervalAudit(List<AdditiveCells> groups, ToLongFunction<String> count, ToLongFunction<String> lowerBound) {
        this.count = count;
        this.lowerBound = lowerBound;
        for (AdditiveCells group : groups) {
            long parts = group.partIds().stream().mapToLong(count).sum();
            if (parts == count.applyAsLong(group.totalId())) {
                for (String member : group.members()) {
                    groupsOfCell.computeIfAbsent(member, id -> new ArrayList<>()).add(group);
                }
            }
        }
    }

    /**
     * The first of {@code asked}, in id order, that has fewer than {@code required} feasible integer
     * values given which cells are hidden.
     */
    Optional<String> firstNarrow(Set<String> hidden, Set<String> asked, ToLongFunction<String> required) {
        for (String cell : new TreeSet<>(asked)) {
            if (!hidden.contains(cell)) {
                continue;
            }
            long width = required.applyAsLong(cell);
            if (passedBefore(cell, width, hidden)) {
                continue;
            }
            if (!leaves(hidden, cell, width)) {
                return Optional.of(cell);
            }
            passed.computeIfAbsent(cell, c -> new HashMap<>()).put(width, Set.copyOf(hidden));
        }
        return Optional.empty();
    }

    // Wide enough with fewer hidden cells, and so with these (hiding more only widens).
    private boolean passedBefore(String cell, long width, Set<String> hidden) {
        Map<Long, Set<String>> byWidth = passed.getOrDefault(cell, Map.of());
        return byWidth.entrySet().stream().anyMatch(e -> e.getKey() >= width && hidden.containsAll(e.getValue()));
    }

    /**
     * Whether the hidden {@code cell} has at least {@code required} feasible integer values. The true
     * count is always feasible, so a maximum far enough above it settles the question with one programme
     * instead of two.
     */
    boolean leaves(Set<String> hidden, String cell, long required) {
        Programme programme = programme(hidden, cell);
        if (programme.seen(cell).values() >= required) {
            return true;
        }
        long truth = count.applyAsLong(cell);
        Interval upward = new Interval(truth, programme.high(cell));
        if (upward.values() >= required) {
            return true;
        }
        return new Interval(programme.low(cell), programme.high(cell)).values() >= required;
    }

    /** The feasible interval of one hidden cell. */
    Interval interval(Set<String> hidden, String cell) {
        Programme programme = programme(hidden, cell);
        return new Interval(programme.low(cell), programme.high(cell));
    }

    private Programme programme(Set<String> hidden, String cell) {
        return programmes.computeIfAbsent(Set.copyOf(part(cell, hidden)), Programme::new);
    }

    private Set<String> part(String start, Set<String> hidden) {
        Set<String> part = new HashSet<>(Set.of(start));
        List<String> queue = new ArrayList<>(List.of(start));
        for (int next = 0; next < queue.size(); next++) {
            for (AdditiveCells group : groupsOfCell.getOrDefault(queue.get(next), List.of())) {
                for (String member : group.members()) {
                    if (hidden.contains(member) && part.add(member)) {
                        queue.add(member);
                    }
                }
            }
        }
        return part;
    }

    /**
     * The linear programme of one part: its hidden cells as variables with their bounds, each group that
     * holds one of them as an equation with the shown cells as constants. Built once, then solved with
     * the objective moved from cell to cell (ojAlgo rebuilds its solver from the model at each solve).
     */
    private final class Programme {

        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final Map<String, Variable> variables = new HashMap<>();
        private final Map<String, Double> lows = new HashMap<>();
        private final Map<String, Double> highs = new HashMap<>();
        private final boolean constrained;
        /** Per cell, the least and greatest values seen in the true counts and the two sum solutions. */
        private Map<String, Interval> seen;

        Programme(Set<String> part) {
            List<String> unknowns = new ArrayList<>(new TreeSet<>(part));
            for (String unknown : unknowns) {
                variables.put(unknown, model.addVariable(unknown).lower(lowerBound.applyAsLong(unknown)).upper(OPEN));
            }
            Set<AdditiveCells> equations = new LinkedHashSet<>();
            unknowns.forEach(id -> equations.addAll(groupsOfCell.getOrDefault(id, List.of())));
            int index = 0;
            for (AdditiveCells group : equations) {
                Expression equation = model.addExpression("group" + index++);
                double constant = 0;
                List<String> members = group.members();
                for (int m = 0; m < members.size(); m++) {
                    double sign = m == 0 ? 1 : -1;
                    Variable variable = variables.get(members.get(m));
                    if (variable == null) {
                        constant += sign * count.applyAsLong(members.get(m));
                    } else {
                        equation.set(variable, sign);
                    }
                }
                equation.level(-constant);
            }
            constrained = !equations.isEmpty();
        }

        /**
         * Part of the cell's interval, from feasible points only: the true counts and the solutions that
         * maximise and minimise the sum of the part's cells, solved once for the part.
         */
        Interval seen(String cell) {
            if (seen == null) {
                seen = new HashMap<>();
                variables.keySet().forEach(id -> seen.put(id, new Interval(count.applyAsLong(id), count.applyAsLong(id))));
                if (constrained) {
                    for (boolean maximise : new boolean[] {true, false}) {
                        sumSolution(maximise).ifPresent(solution -> solution.forEach((id, value) -> seen.merge(id,
                                new Interval(value, value), (a, b) -> new Interval(Math.min(a.low(), b.low()),
                                        Math.max(a.high(), b.high())))));
                    }
                }
            }
            return seen.get(cell);
        }

        /** The values of the part's cells where their sum is greatest or least; empty if the solver gives none. */
        private Optional<Map<String, Double>> sumSolution(boolean maximise) {
            variables.values().forEach(v -> v.weight(1));
            Optimisation.Result result;
            try {
                result = maximise ? model.maximise() : model.minimise();
            } finally {
                variables.values().forEach(v -> v.weight(0));
            }
            // Only a solution that satisfies every equation and bound may widen what a reader can consider.
            if (!result.getState().isFeasible() || result.getState() == Optimisation.State.UNBOUNDED
                    || !model.validate(result)) {
                return Optional.empty();
            }
            Map<String, Double> solution = new HashMap<>();
            List<Variable> all = model.getVariables();
            for (int i = 0; i < all.size(); i++) {
                double value = result.doubleValue(i);
                if (Double.isFinite(value) && value < OPEN - 1) {
                    solution.put(all.get(i).getName(), value);
                }
            }
            return Optional.of(solution);
        }

        // A hidden cell in no equation: only its bound is known.
        double low(String cell) {
            return lows.computeIfAbsent(cell, c -> constrained ? optimum(c, false) : lowerBound.applyAsLong(c));
        }

        double high(String cell) {
            return highs.computeIfAbsent(cell, c -> constrained ? optimum(c, true) : Double.POSITIVE_INFINITY);
        }

        /** The least or greatest value of {@code target} over the part's equations and bounds. */
        private double optimum(String target, boolean maximise) {
            Variable variable = variables.get(target);
            variable.weight(1);
            Optimisation.Result result;
            try {
                result = maximise ? model.maximise() : model.minimise();
            } finally {
                variable.weight(0);
            }
            if (result.getState() == Optimisation.State.UNBOUNDED) {
                return maximise ? Double.POSITIVE_INFINITY : lowerBound.applyAsLong(target);
            }
            if (!result.getState().isFeasible()) {
                // The true counts satisfy every equation kept, so this is a solver failure: the safe answer
                // is the true count, which fails the audit and makes protection hide more.
                return count.applyAsLong(target);
            }
            double value = result.getValue();
            return maximise && value >= OPEN - 1 ? Double.POSITIVE_INFINITY : value;
        }
    }
}
