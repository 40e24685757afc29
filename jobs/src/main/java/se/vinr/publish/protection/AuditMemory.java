package se.vinr.publish.protection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the attacker's audit has learnt about one table, kept across the protection runs that try suppression
 * patterns on it ({@link PublicationProtection} tries several per table, each keeping other cells shown).
 * Every run audits the same reader's system: the same groups, true counts and bounds, only with other cells
 * hidden. So the points found possible ({@link FeasiblePoints}) and the intervals solved for a set of hidden
 * cells hold for every run. A cell a trial keeps shown is never hidden in that trial, and what is learnt is
 * only used for cells hidden where it is used; a memory given to a different table is refused.
 */
final class AuditMemory {

    /** The intervals solved for one part (a set of hidden cells joined by groups), by cell. */
    static final class Part {
        final Map<String, Double> lows = new HashMap<>();
        final Map<String, Double> highs = new HashMap<>();
        /** The row of each equation in the part's programme, once built. */
        Map<AdditiveCells, Integer> rows;
        /** Validated dual solutions (one multiplier per row) of the programmes that minimise or maximise a cell. */
        final Map<String, double[]> lowDuals = new HashMap<>();
        final Map<String, double[]> highDuals = new HashMap<>();
        boolean pushedApart;
    }

    /** A width a cell was found to have while the given cells were hidden ({@link FeasiblePoints#hidden}). */
    record Passed(long width, long[] hidden) {
    }

    final FeasiblePoints points = new FeasiblePoints();
    final Map<Set<String>, Part> parts = new HashMap<>();
    final Map<String, List<Passed>> passed = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Long> lowerBounds = new HashMap<>();
    private List<AdditiveCells> groups;

    /** Ties the memory to the system of its first audit, and refuses any other. */
    void bind(List<AdditiveCells> groups) {
        if (this.groups == null) {
            this.groups = List.copyOf(groups);
        } else if (!this.groups.equals(groups)) {
            throw new IllegalArgumentException("an audit memory serves the runs of one table, not another table's");
        }
    }

    /** Refuses an unknown whose true count or bound differs from what the memory learnt with. */
    void requireSame(String id, long count, long lowerBound) {
        Long knownCount = counts.putIfAbsent(id, count);
        Long knownBound = lowerBounds.putIfAbsent(id, lowerBound);
        if ((knownCount != null && knownCount != count) || (knownBound != null && knownBound != lowerBound)) {
            throw new IllegalArgumentException("the cell " + id + " has another count or bound than the table the audit memory serves");
        }
    }
}
