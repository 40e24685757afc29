package se.vinr.publish.protection;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which hidden cells a reader can compute exactly from the visible ones through any linear
 * combination of the additive groups, not only one group at a time (a cycle of groups can reveal a
 * cell that each group alone hides).
 *
 * <p>Each group is the equation total − Σ parts = 0; moving the visible cells to the right leaves a
 * linear system in the hidden cells. A hidden cell is determined exactly when its unit vector lies in
 * the row space of that system, which in reduced row echelon form means its column is a pivot whose
 * row has no other non-zero entry. That set does not depend on the order of elimination, so the system
 * is solved one connected part at a time (hidden cells joined by an equation they share; a shown cell
 * is a constant and joins nothing), each part's answer is kept for as long as its hidden cells stay the
 * same, and a question about one cell solves only that cell's part. The elimination is exact: sparse
 * rows of {@code long} with overflow checks, and arbitrary precision for a part whose numbers outgrow
 * them.
 *
 * <p>One instance serves one protection run: the groups are fixed, the hidden cells change.
 */
final class Derivability {

    /** The members of each group that holds the cell, total first: a group's equation. */
    private final Map<String, List<String[]>> equationsOfCell = new HashMap<>();
    private final Map<Set<String>, Set<String>> solvedParts = new HashMap<>();

    Derivability(List<AdditiveCells> groups) {
        for (AdditiveCells group : groups) {
            String[] members = group.members().toArray(String[]::new);
            for (String member : members) {
                equationsOfCell.computeIfAbsent(member, id -> new ArrayList<>()).add(members);
            }
        }
    }

    /** Every hidden cell that the groups determine exactly. */
    Set<String> derivable(Set<String> hidden) {
        Set<String> derivable = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String cell : hidden) {
            if (!seen.contains(cell) && equationsOfCell.containsKey(cell)) {
                Set<String> part = part(cell, hidden);
                seen.addAll(part);
                derivable.addAll(solve(part));
            }
        }
        return derivable;
    }

    /** Whether the groups determine the hidden {@code cell} exactly; solves only the part it lies in. */
    boolean isDerivable(Set<String> hidden, String cell) {
        return hidden.contains(cell) && equationsOfCell.containsKey(cell) && solve(part(cell, hidden)).contains(cell);
    }

    /** The hidden cells joined to {@code start} through equations, each step over a group with both hidden. */
    private Set<String> part(String start, Set<String> hidden) {
        Set<String> part = new HashSet<>();
        part.add(start);
        List<String> queue = new ArrayList<>(List.of(start));
        for (int next = 0; next < queue.size(); next++) {
            for (String[] equation : equationsOfCell.getOrDefault(queue.get(next), List.of())) {
                for (String member : equation) {
                    if (hidden.contains(member) && part.add(member)) {
                        queue.add(member);
                    }
                }
            }
        }
        return part;
    }

    private Set<String> solve(Set<String> part) {
        Set<String> known = solvedParts.get(part);
        if (known != null) {
            return known;
        }
        List<String> unknowns = new ArrayList<>(part);
        Map<String, Integer> column = new HashMap<>();
        for (String unknown : unknowns) {
            column.put(unknown, column.size());
        }
        Set<String[]> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<int[]> columnsOfRows = new ArrayList<>();
        List<long[]> valuesOfRows = new ArrayList<>();
        for (String unknown : unknowns) {
            for (String[] equation : equationsOfCell.get(unknown)) {
                if (used.add(equation)) {
                    addRow(equation, column, columnsOfRows, valuesOfRows);
                }
            }
        }
        Set<String> derivable;
        try {
            derivable = new SparseSystem(unknowns).solve(columnsOfRows, valuesOfRows);
        } catch (ArithmeticException overflow) {
            derivable = denseSolve(unknowns, columnsOfRows, valuesOfRows);
        }
        Set<String> result = Set.copyOf(derivable);
        solvedParts.put(Set.copyOf(part), result);
        return result;
    }

    // A group listed twice is the same equation twice; either way the row space is the same.
    private static void addRow(String[] equation, Map<String, Integer> column, List<int[]> columnsOfRows,
                               List<long[]> valuesOfRows) {
        int[] columns = new int[equation.length];
        long[] values = new long[equation.length];
        int size = 0;
        for (int m = 0; m < equation.length; m++) {
            Integer index = column.get(equation[m]);
            if (index != null) {
                columns[size] = index;
                values[size] = m == 0 ? 1 : -1;
                size++;
            }
        }
        SparseSystem.sortByColumn(columns, values, size);
        columnsOfRows.add(Arrays.copyOf(columns, size));
        valuesOfRows.add(Arrays.copyOf(values, size));
    }

    /**
     * Gauss–Jordan elimination on sparse rows: each row is reduced by the pivot rows found so far, and a
     * new pivot is then cleared from the earlier pivot rows, so the pivot rows are always in reduced form.
     * Fraction-free (row × a − pivot row × b), each row divided by the greatest common divisor of its
     * entries to keep the numbers small.
     */
    private static final class SparseSystem {

        private final List<String> unknowns;
        private final List<int[]> pivotColumns = new ArrayList<>();
        private final List<long[]> pivotValues = new ArrayList<>();
        private final List<Integer> pivotOf = new ArrayList<>();
        private final int[] pivotRowOfColumn;

        SparseSystem(List<String> unknowns) {
            this.unknowns = unknowns;
            pivotRowOfColumn = new int[unknowns.size()];
            Arrays.fill(pivotRowOfColumn, -1);
        }

        Set<String> solve(List<int[]> columnsOfRows, List<long[]> valuesOfRows) {
            for (int r = 0; r < columnsOfRows.size(); r++) {
                add(columnsOfRows.get(r), valuesOfRows.get(r));
            }
            Set<String> derivable = new HashSet<>();
            for (int p = 0; p < pivotColumns.size(); p++) {
                if (pivotColumns.get(p).length == 1) {
                    derivable.add(unknowns.get(pivotOf.get(p)));
                }
            }
            return derivable;
        }

        private void add(int[] columns, long[] values) {
            int[] rowColumns = columns;
            long[] rowValues = values;
            int k = 0;
            while (k < rowColumns.length) {
                int pivotRow = pivotRowOfColumn[rowColumns[k]];
                if (pivotRow < 0) {
                    k++;
                    continue;
                }
                // The pivot rows are reduced, so this brings in no other pivot column: the columns before
                // the one cleared stay free of pivots.
                int cleared = rowColumns[k];
                Row reduced = eliminate(rowColumns, rowValues, pivotColumns.get(pivotRow), pivotValues.get(pivotRow),
                        cleared);
                rowColumns = reduced.columns;
                rowValues = reduced.values;
                k = -Arrays.binarySearch(rowColumns, cleared) - 1;
            }
            if (rowColumns.length == 0) {
                return;
            }
            int pivot = rowColumns[0];
            int index = pivotColumns.size();
            for (int p = 0; p < index; p++) {
                int[] otherColumns = pivotColumns.get(p);
                if (Arrays.binarySearch(otherColumns, pivot) >= 0) {
                    Row reduced = eliminate(otherColumns, pivotValues.get(p), rowColumns, rowValues, pivot);
                    pivotColumns.set(p, reduced.columns);
                    pivotValues.set(p, reduced.values);
                }
            }
            pivotColumns.add(rowColumns);
            pivotValues.add(rowValues);
            pivotOf.add(pivot);
            pivotRowOfColumn[pivot] = index;
        }

        private record Row(int[] columns, long[] values) {
        }

        /** {@code row × a − pivotRow × b}, with a and b chosen to clear {@code column}, divided by its gcd. */
        private static Row eliminate(int[] columns, long[] values, int[] pivotColumns, long[] pivotValues, int column) {
            long a = pivotValues[Arrays.binarySearch(pivotColumns, column)];
            long b = values[Arrays.binarySearch(columns, column)];
            long common = gcd(a, b);
            a /= common;
            b /= common;
            int[] outColumns = new int[columns.length + pivotColumns.length];
            long[] outValues = new long[outColumns.length];
            int size = 0;
            int i = 0;
            int j = 0;
            while (i < columns.length || j < pivotColumns.length) {
                int c;
                long v;
                if (j == pivotColumns.length || (i < columns.length && columns[i] < pivotColumns[j])) {
                    c = columns[i];
                    v = Math.multiplyExact(values[i], a);
                    i++;
                } else if (i == columns.length || pivotColumns[j] < columns[i]) {
                    c = pivotColumns[j];
                    v = Math.negateExact(Math.multiplyExact(pivotValues[j], b));
                    j++;
                } else {
                    c = columns[i];
                    v = Math.subtractExact(Math.multiplyExact(values[i], a), Math.multiplyExact(pivotValues[j], b));
                    i++;
                    j++;
                }
                if (v != 0) {
                    outColumns[size] = c;
                    outValues[size] = v;
                    size++;
                }
            }
            long divisor = 0;
            for (int k = 0; k < size; k++) {
                divisor = gcd(divisor, outValues[k]);
            }
            if (divisor > 1) {
                for (int k = 0; k < size; k++) {
                    outValues[k] /= divisor;
                }
            }
            return new Row(Arrays.copyOf(outColumns, size), Arrays.copyOf(outValues, size));
        }

        private static long gcd(long x, long y) {
            long a = Math.absExact(x);
            long b = Math.absExact(y);
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return a;
        }

        static void sortByColumn(int[] columns, long[] values, int size) {
            for (int i = 1; i < size; i++) {
                int c = columns[i];
                long v = values[i];
                int j = i - 1;
                while (j >= 0 && columns[j] > c) {
                    columns[j + 1] = columns[j];
                    values[j + 1] = values[j];
                    j--;
                }
                columns[j + 1] = c;
                values[j + 1] = v;
            }
        }
    }

    /** The same elimination on dense rows of arbitrary precision, for a part whose numbers outgrow {@code long}. */
    static Set<String> denseSolve(List<String> unknowns, List<int[]> columnsOfRows, List<long[]> valuesOfRows) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (int r = 0; r < columnsOfRows.size(); r++) {
            BigInteger[] row = new BigInteger[unknowns.size()];
            Arrays.fill(row, BigInteger.ZERO);
            int[] columns = columnsOfRows.get(r);
            for (int k = 0; k < columns.length; k++) {
                row[columns[k]] = BigInteger.valueOf(valuesOfRows.get(r)[k]);
            }
            rows.add(row);
        }
        Set<String> derivable = new HashSet<>();
        int[] pivotColumns = reduce(rows, unknowns.size());
        for (int r = 0; r < pivotColumns.length; r++) {
            if (nonZeroEntries(rows.get(r)) == 1) {
                derivable.add(unknowns.get(pivotColumns[r]));
            }
        }
        return derivable;
    }

    /** Brings the rows to reduced row echelon form in place; returns the pivot column of each leading row. */
    private static int[] reduce(List<BigInteger[]> rows, int columns) {
        List<Integer> pivots = new ArrayList<>();
        int pivotRow = 0;
        for (int col = 0; col < columns && pivotRow < rows.size(); col++) {
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
            Collections.swap(rows, pivotRow, found);
            BigInteger[] pivot = rows.get(pivotRow);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == pivotRow || row[col].signum() == 0) {
                    continue;
                }
                BigInteger a = pivot[col];
                BigInteger b = row[col];
                for (int k = 0; k < columns; k++) {
                    row[k] = row[k].multiply(a).subtract(pivot[k].multiply(b));
                }
                normalise(row);
            }
            pivots.add(col);
            pivotRow++;
        }
        return pivots.stream().mapToInt(Integer::intValue).toArray();
    }

    // Dividing by the common factor keeps the integers from growing through the elimination.
    private static void normalise(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger entry : row) {
            gcd = gcd.gcd(entry);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(gcd);
            }
        }
    }

    private static int nonZeroEntries(BigInteger[] row) {
        int count = 0;
        for (BigInteger entry : row) {
            if (entry.signum() != 0) {
                count++;
            }
        }
        return count;
    }
}
