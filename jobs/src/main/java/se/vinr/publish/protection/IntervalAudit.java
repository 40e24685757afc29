package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

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
 * shown cells are constants). What is learnt is kept in an {@link AuditMemory}, across every protection run
 * on the same table: the groups, counts and bounds are the same there, and a part is determined by its cells.
 *
 * <p>Four facts spare most programmes; none ever passes a cell the full audit would fail, and every fail is
 * a programme's (or duality's) exact answer:
 * <ul>
 *   <li>Every solution found is a point the reader must consider possible, and stays possible while the
 *       cells it moves stay hidden ({@link FeasiblePoints}); with the true counts these points span part of
 *       each cell's interval, which is convex, so most cells are shown wide enough by points already found.</li>
 *   <li>When every hidden cell is asked, the part's open cells are first pushed apart together: the points
 *       that maximise and minimise their sum (two programmes) settle most of them at once.</li>
 *   <li>Hiding one more cell only relaxes the reader's system (the cell's constant becomes an unknown that
 *       may keep its value), so a cell wide enough for one set of hidden cells stays so for every larger
 *       set: what {@link #firstNarrow} has passed is not asked again while the hidden cells only grow.</li>
 *   <li>When protection looks for a cell to hide beside a narrow one ({@link #widens}), the validated dual
 *       solutions of the narrow cell's two programmes show without a new programme that most candidates
 *       cannot move either end of its interval.</li>
 * </ul>
 *
 * <p>The programmes go to ojAlgo's simplex directly in its plain form (see {@code Programme}).
 * ojAlgo is a kept, pure-Java library (MIT licence, no native code, no further
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
    private final AuditMemory memory;

    /**
     * @param count the true count of a cell
     * @param lowerBound the least value a reader knows a hidden cell to have (1 for a hidden published
     *                   count, 0 for a count never published)
     * @param memory what earlier audits of the same table learnt; a new one for a table audited once
     */
    IntervalAudit(List<AdditiveCells> groups, ToLongFunction<String> count, ToLongFunction<String> lowerBound,
                  AuditMemory memory) {
        this.count = count;
        this.lowerBound = lowerBound;
        this.memory = memory;
        memory.bind(groups);
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
        long[] hiddenBits = memory.points.hidden(hidden);
        for (String cell : new TreeSet<>(asked)) {
            if (!hidden.contains(cell)) {
                continue;
            }
            long width = required.applyAsLong(cell);
            if (passedBefore(cell, width, hiddenBits)) {
                continue;
            }
            if (!spans(cell, width, hiddenBits)) {
                Programme programme = programme(hidden, cell);
                programme.pushApart(id -> asked.contains(id) && !spans(id, required.applyAsLong(id), hiddenBits));
            }
            if (!leaves(hidden, hiddenBits, cell, width)) {
                return Optional.of(cell);
            }
            memory.passed.computeIfAbsent(cell, c -> new ArrayList<>()).add(new AuditMemory.Passed(width, hiddenBits));
        }
        return Optional.empty();
    }

    // The points already found possible give the cell the width.
    private boolean spans(String cell, long width, long[] hiddenBits) {
        return memory.points.span(cell, count.applyAsLong(cell), hiddenBits, width).values() >= width;
    }

    // Wide enough with fewer hidden cells, and so with these (hiding more only widens).
    private boolean passedBefore(String cell, long width, long[] hidden) {
        for (AuditMemory.Passed before : memory.passed.getOrDefault(cell, List.of())) {
            if (before.width() >= width && FeasiblePoints.within(before.hidden(), hidden)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the hidden {@code cell} has at least {@code required} feasible integer values. */
    boolean leaves(Set<String> hidden, String cell, long required) {
        return leaves(hidden, memory.points.hidden(hidden), cell, required);
    }

    /**
     * Points already found possible settle most cells without a programme. Otherwise the part's programme
     * is solved for the cell's greatest value, and, only when the true count and that maximum leave too
     * few values, its least. Every solution found is kept as a point.
     */
    private boolean leaves(Set<String> hidden, long[] hiddenBits, String cell, long required) {
        if (spans(cell, required, hiddenBits)) {
            return true;
        }
        Programme programme = programme(hidden, cell);
        double high = programme.high(cell);
        long truth = count.applyAsLong(cell);
        if (new Interval(memory.points.span(cell, truth, hiddenBits, required).low(), high).values() >= required) {
            return true;
        }
        return new Interval(programme.low(cell), high).values() >= required;
    }

    /**
     * Whether hiding a candidate too leaves the hidden {@code cell} at least {@code required} values, for
     * the candidates protection tries one after another beside the same hidden cells. Most cells tried do
     * not widen a narrow cell at all, and duality shows it without a programme: the programmes that gave
     * the cell its least and greatest value (its part as it is) stay optimal when the candidate joins them
     * as a variable that can move neither optimum, that is when its column prices at zero in their
     * validated dual solutions. A candidate some group pins (every other member shown) cannot move at all.
     * Otherwise, or when no dual is at hand, the widened part is solved.
     */
    Predicate<String> widens(Set<String> hidden, String cell, long required) {
        if (!hidden.contains(cell)) {
            return candidate -> leaves(with(hidden, candidate), cell, required);
        }
        // The answer for the cells hidden now, which an unmoved candidate keeps; asking it solves the part.
        boolean asIs = leaves(hidden, cell, required);
        AuditMemory.Part solved = memory.parts.get(Set.copyOf(part(cell, hidden)));
        boolean dualsAtHand = solved != null && solved.rows != null
                && solved.lowDuals.containsKey(cell) && solved.highDuals.containsKey(cell);
        return candidate -> {
            if (pinned(hidden, candidate) || (dualsAtHand && unmoved(solved, cell, candidate))) {
                return asIs;
            }
            return leaves(with(hidden, candidate), cell, required);
        };
    }

    private static Set<String> with(Set<String> hidden, String candidate) {
        Set<String> trial = new HashSet<>(hidden);
        trial.add(candidate);
        return trial;
    }

    // A group whose every other member is shown fixes the candidate's value: hiding it moves nothing.
    private boolean pinned(Set<String> hidden, String candidate) {
        for (AdditiveCells group : groupsOfCell.getOrDefault(candidate, List.of())) {
            boolean once = group.members().stream().filter(candidate::equals).count() == 1;
            if (once && group.members().stream().noneMatch(m -> !m.equals(candidate) && hidden.contains(m))) {
                return true;
            }
        }
        return false;
    }

    private boolean unmoved(AuditMemory.Part solved, String cell, String candidate) {
        Map<Integer, Double> column = new HashMap<>();
        // A group of the candidate outside the part holds no cell of it (the part would reach that group's
        // hidden cells otherwise): its multiplier is 0, as are those of any other part the candidate joins.
        for (AdditiveCells group : groupsOfCell.getOrDefault(candidate, List.of())) {
            Integer row = solved.rows.get(group);
            if (row == null) {
                continue;
            }
            List<String> members = group.members();
            for (int m = 0; m < members.size(); m++) {
                if (members.get(m).equals(candidate)) {
                    column.merge(row, m == 0 ? 1.0 : -1.0, Double::sum);
                }
            }
        }
        long slack = count.applyAsLong(candidate) - lowerBound.applyAsLong(candidate);
        return pricesAtZero(solved.lowDuals.get(cell), column, slack)
                && pricesAtZero(solved.highDuals.get(cell), column, slack);
    }

    /**
     * With dual {@code y} of an optimal programme {@code min c·x, A x = b, x ≥ 0}, a new column {@code a}
     * of cost 0 whose variable sits {@code slack} above its bound (the right-hand side gains
     * {@code a · slack}) keeps the optimum when {@code y·a ≤ 0} (y stays dual feasible) and the dual value
     * {@code b·y + slack · y·a} is unchanged.
     */
    private static boolean pricesAtZero(double[] dual, Map<Integer, Double> column, long slack) {
        double price = 0;
        for (Map.Entry<Integer, Double> entry : column.entrySet()) {
            price += dual[entry.getKey()] * entry.getValue();
        }
        return price <= TOLERANCE && (Math.abs(price) <= TOLERANCE || slack == 0);
    }

    /** The feasible interval of one hidden cell. */
    Interval interval(Set<String> hidden, String cell) {
        Programme programme = programme(hidden, cell);
        return new Interval(programme.low(cell), programme.high(cell));
    }

    private Programme programme(Set<String> hidden, String cell) {
        Set<String> part = Set.copyOf(part(cell, hidden));
        return new Programme(part, memory.parts.computeIfAbsent(part, p -> new AuditMemory.Part()));
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
     * holds one of them as an equation with the shown cells as constants. Built when a first solve needs
     * it, then solved with the objective moved from cell to cell; what it finds is kept in the memory's
     * {@link AuditMemory.Part}.
     *
     * <p>ojAlgo's simplex is given the programme in its plain form (equations, variables at least 0, the
     * objective minimised): each variable is the cell less its lower bound. Its modelling layer would
     * first presolve every programme in {@code BigDecimal}, which cost more than the solving here.
     */
    private final class Programme {

        private final Set<String> part;
        private final AuditMemory.Part solved;
        private List<String> unknowns;
        private double[] lower;
        /** One row per equation: the variables' coefficients, and the constant the sum must meet. */
        private double[][] rows;
        private double[] levels;
        /** The right-hand sides once every variable is taken less its lower bound. */
        private double[] shifted;

        Programme(Set<String> part, AuditMemory.Part solved) {
            this.part = part;
            this.solved = solved;
        }

        private void build() {
            if (unknowns != null) {
                return;
            }
            unknowns = new ArrayList<>(new TreeSet<>(part));
            Map<String, Integer> columns = new HashMap<>();
            lower = new double[unknowns.size()];
            for (int i = 0; i < unknowns.size(); i++) {
                String unknown = unknowns.get(i);
                long bound = lowerBound.applyAsLong(unknown);
                memory.requireSame(unknown, count.applyAsLong(unknown), bound);
                columns.put(unknown, i);
                lower[i] = bound;
            }
            Set<AdditiveCells> equations = new LinkedHashSet<>();
            unknowns.forEach(id -> equations.addAll(groupsOfCell.getOrDefault(id, List.of())));
            rows = new double[equations.size()][];
            levels = new double[equations.size()];
            Map<AdditiveCells, Integer> rowOf = new HashMap<>();
            int e = 0;
            for (AdditiveCells group : equations) {
                rowOf.put(group, e);
                double[] row = new double[unknowns.size()];
                double level = 0;
                List<String> members = group.members();
                for (int m = 0; m < members.size(); m++) {
                    double sign = m == 0 ? 1 : -1;
                    Integer column = columns.get(members.get(m));
                    if (column == null) {
                        level -= sign * count.applyAsLong(members.get(m));
                    } else {
                        row[column] += sign;
                    }
                }
                rows[e] = row;
                levels[e++] = level;
            }
            solved.rows = rowOf;
            shifted = new double[rows.length];
            for (int row = 0; row < rows.length; row++) {
                shifted[row] = levels[row];
                for (int i = 0; i < lower.length; i++) {
                    shifted[row] -= rows[row][i] * lower[i];
                }
            }
        }

        private boolean constrained() {
            build();
            return rows.length > 0;
        }

        /**
         * Looks for points that set the part's open cells (those {@code open} accepts) apart from their true
         * counts, once per part: the points that maximise and minimise their sum. Two programmes settle
         * many cells at once, where a maximum of one cell settles only that cell.
         */
        void pushApart(Predicate<String> open) {
            if (solved.pushedApart) {
                return;
            }
            solved.pushedApart = true;
            List<String> left = constrained() ? unknowns.stream().filter(open).toList() : List.of();
            if (left.isEmpty()) {
                return;
            }
            for (double direction : new double[] {-1, 1}) {
                double[] objective = new double[unknowns.size()];
                left.forEach(id -> objective[unknowns.indexOf(id)] = direction);
                solve(objective).ifPresent(this::keep);
            }
        }

        // A hidden cell in no equation: only its bound is known.
        double low(String cell) {
            Double known = solved.lows.get(cell);
            if (known == null) {
                known = constrained() ? optimum(cell, false) : lowerBound.applyAsLong(cell);
                solved.lows.put(cell, known);
            }
            return known;
        }

        double high(String cell) {
            Double known = solved.highs.get(cell);
            if (known == null) {
                known = constrained() ? optimum(cell, true) : Double.POSITIVE_INFINITY;
                solved.highs.put(cell, known);
            }
            return known;
        }

        /** The least or greatest value of {@code target} over the part's equations and bounds. */
        private double optimum(String target, boolean maximise) {
            int column = unknowns.indexOf(target);
            double[] objective = new double[unknowns.size()];
            objective[column] = maximise ? -1 : 1;
            Optional<Optimisation.Result> result = solve(objective);
            if (result.isEmpty()) {
                // The true counts satisfy every equation kept, so this is a solver failure: the safe answer
                // is the true count, which fails the audit and makes protection hide more.
                return count.applyAsLong(target);
            }
            if (result.get().getState() == Optimisation.State.UNBOUNDED) {
                return maximise ? Double.POSITIVE_INFINITY : lowerBound.applyAsLong(target);
            }
            keep(result.get());
            dual(result.get(), objective).ifPresent(y -> (maximise ? solved.highDuals : solved.lowDuals).put(target, y));
            double value = result.get().doubleValue(column) + lower[column];
            return maximise && value >= OPEN - 1 ? Double.POSITIVE_INFINITY : value;
        }

        /** The solver's answer for an objective to minimise; empty when it found no feasible point. */
        private Optional<Optimisation.Result> solve(double[] objective) {
            LinearSolver.Builder builder = LinearSolver.newBuilder().objective(objective);
            for (int e = 0; e < rows.length; e++) {
                builder.equality(shifted(e), rows[e]);
            }
            Optimisation.Result result = builder.build().solve();
            return result.getState().isFeasible() || result.getState() == Optimisation.State.UNBOUNDED
                    ? Optional.of(result) : Optional.empty();
        }

        /** The right-hand side of equation {@code e} once every variable is taken less its lower bound. */
        private double shifted(int e) {
            return shifted[e];
        }

        /**
         * The solver's multipliers as a dual solution of {@code min objective·x, A x = b, x ≥ 0}, when they
         * prove the solution optimal (dual feasible, same value); ojAlgo's sign convention is not relied
         * on: both signs are tried.
         */
        private Optional<double[]> dual(Optimisation.Result result, double[] objective) {
            Optional<double[]> multipliers = result.getMultipliers().map(m -> {
                double[] values = new double[(int) m.count()];
                for (int e = 0; e < values.length; e++) {
                    values[e] = m.doubleValue(e);
                }
                return values;
            });
            if (multipliers.isEmpty() || multipliers.get().length != rows.length) {
                return Optional.empty();
            }
            double primal = 0;
            for (int i = 0; i < objective.length; i++) {
                primal += objective[i] * result.doubleValue(i);
            }
            for (double sign : new double[] {1, -1}) {
                double[] y = Arrays.stream(multipliers.get()).map(v -> sign * v).toArray();
                if (provesOptimal(y, objective, primal)) {
                    return Optional.of(y);
                }
            }
            return Optional.empty();
        }

        private boolean provesOptimal(double[] y, double[] objective, double primal) {
            for (int i = 0; i < objective.length; i++) {
                double reduced = objective[i];
                for (int e = 0; e < rows.length; e++) {
                    reduced -= rows[e][i] * y[e];
                }
                if (reduced < -TOLERANCE) {
                    return false;
                }
            }
            double value = 0;
            for (int e = 0; e < rows.length; e++) {
                value += shifted(e) * y[e];
            }
            return Math.abs(value - primal) <= TOLERANCE * Math.max(1, Math.abs(primal));
        }

        /** Keeps a solution as a possible point, when it satisfies every equation and bound. */
        private void keep(Optimisation.Result result) {
            if (result.getState() == Optimisation.State.UNBOUNDED) {
                return;
            }
            double[] values = new double[unknowns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.doubleValue(i) + lower[i];
                if (!Double.isFinite(values[i]) || values[i] >= OPEN - 1 || values[i] < lower[i] - TOLERANCE) {
                    return;
                }
            }
            for (int e = 0; e < rows.length; e++) {
                double sum = 0;
                for (int i = 0; i < values.length; i++) {
                    sum += rows[e][i] * values[i];
                }
                // Absolute: a point off by a relative error could widen a cell past an integer it cannot
                // reach, and the counts are far too small for rounding to come near this.
                if (Math.abs(sum - levels[e]) > TOLERANCE) {
                    return;
                }
            }
            Map<String, Double> point = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                point.put(unknowns.get(i), values[i]);
            }
            memory.points.add(point, count);
        }
    }
}
