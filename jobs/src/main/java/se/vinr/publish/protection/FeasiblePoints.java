package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Points a reader must consider possible, found while auditing one table: each a solution of the reader's
 * system (every additive group that holds exactly, every bound) that differs from the true counts in some
 * hidden cells. A point found with the cells {@code H} hidden stays possible for every larger set of hidden
 * cells: a cell hidden too keeps its true value there, which satisfies every group it is in. So a cell whose
 * points, under the cells hidden now, already span the values the audit asks for needs no programme of its
 * own; the points only ever show a cell wider than a programme would leave it less wide, never wider.
 *
 * <p>Cells are numbered as they are first seen, and a point's differing cells kept as a bit set, so that
 * "every cell this point moves is hidden now" is a few word operations.
 */
final class FeasiblePoints {

    /** Beneath this a value is the true count: solutions are floating point. */
    private static final double SAME = 1e-9;

    /** One point's value for one cell, with every cell the point moves. */
    private record Value(long[] moved, double value) {
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<List<Value>> valuesByCell = new ArrayList<>();

    /**
     * Adds a point of the reader's system.
     *
     * @param point a value for each cell of the part solved; cells not named keep their true counts
     * @param count the true counts
     */
    void add(Map<String, Double> point, ToLongFunction<String> count) {
        List<String> moved = point.entrySet().stream()
                .filter(e -> Math.abs(e.getValue() - count.applyAsLong(e.getKey())) > SAME)
                .map(Map.Entry::getKey)
                .toList();
        if (moved.isEmpty()) {
            return;
        }
        long[] bits = new long[0];
        for (String id : moved) {
            int number = number(id);
            if (number / 64 >= bits.length) {
                bits = Arrays.copyOf(bits, number / 64 + 1);
            }
            bits[number / 64] |= 1L << (number % 64);
        }
        for (String id : moved) {
            valuesByCell.get(numbers.get(id)).add(new Value(bits, point.get(id)));
        }
    }

    /** The hidden cells in the form {@link #span} takes. */
    long[] hidden(Set<String> hidden) {
        // Every hidden cell is numbered, so that a set kept as bits (AuditMemory.Passed) misses none.
        hidden.forEach(this::number);
        long[] bits = new long[(numbers.size() + 63) / 64];
        for (String id : hidden) {
            int number = numbers.get(id);
            bits[number / 64] |= 1L << (number % 64);
        }
        return bits;
    }

    /**
     * The least and greatest value of {@code cell} over its true count and every point possible under
     * {@code hidden}; stops as soon as the span holds {@code required} integer values.
     */
    IntervalAudit.Interval span(String cell, long truth, long[] hidden, long required) {
        double low = truth;
        double high = truth;
        Integer number = numbers.get(cell);
        if (number == null) {
            return new IntervalAudit.Interval(low, high);
        }
        for (Value value : valuesByCell.get(number)) {
            if (within(value.moved(), hidden)) {
                low = Math.min(low, value.value());
                high = Math.max(high, value.value());
                if (new IntervalAudit.Interval(low, high).values() >= required) {
                    break;
                }
            }
        }
        return new IntervalAudit.Interval(low, high);
    }

    /** Whether every cell of {@code moved} is one of {@code hidden} (both as {@link #hidden} numbers them). */
    static boolean within(long[] moved, long[] hidden) {
        for (int word = 0; word < moved.length; word++) {
            long outside = moved[word] & ~(word < hidden.length ? hidden[word] : 0L);
            if (outside != 0) {
                return false;
            }
        }
        return true;
    }

    private int number(String id) {
        return numbers.computeIfAbsent(id, key -> {
            valuesByCell.add(new ArrayList<>());
            return valuesByCell.size() - 1;
        });
    }
}
