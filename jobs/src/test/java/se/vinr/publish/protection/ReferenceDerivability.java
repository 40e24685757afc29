package se.vinr.publish.protection;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dense arbitrary-precision elimination that {@link Derivability} replaced, kept as the reference
 * its answers must equal, unchanged:
 *
 * <p>Which hidden cells a reader can compute exactly from the visible ones through any linear
 * combination of the additive groups, not only one group at a time (a cycle of groups can reveal a
 * cell that each group alone hides).
 *
 * <p>Each group is the equation total − Σ parts = 0; moving the visible cells to the right leaves a
 * linear system in the hidden cells. A hidden cell is determined exactly when its unit vector lies in
 * the row space of that system, which in reduced row echelon form means its column is a pivot whose
 * row has no other non-zero entry. The elimination is exact (integer arithmetic).
 */
final class ReferenceDerivability {

    private ReferenceDerivability() {
    }

    static Set<String> derivable(List<AdditiveCells> groups, Set<String> hidden) {
        Map<String, Integer> column = new HashMap<>();
        List<String> unknowns = new ArrayList<>();
        List<BigInteger[]> rows = new ArrayList<>();
        for (AdditiveCells group : groups) {
            if (group.members().stream().noneMatch(hidden::contains)) {
                continue;
            }
            for (String member : group.members()) {
                if (hidden.contains(member) && !column.containsKey(member)) {
                    column.put(member, unknowns.size());
                    unknowns.add(member);
                }
            }
        }
        for (AdditiveCells group : groups) {
            if (group.members().stream().noneMatch(hidden::contains)) {
                continue;
            }
            BigInteger[] row = new BigInteger[unknowns.size()];
            Arrays.fill(row, BigInteger.ZERO);
            for (String member : group.members()) {
                Integer index = column.get(member);
                if (index != null) {
                    row[index] = row[index].add(member.equals(group.totalId()) ? BigInteger.ONE : BigInteger.ONE.negate());
                }
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
