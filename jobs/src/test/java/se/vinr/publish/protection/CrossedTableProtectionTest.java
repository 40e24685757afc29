package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * A sex × age-band table published with its margins (each sex, each age band, the victims in all): every
 * row and every column is an equation a reader can subtract from. The checker here is written apart from
 * {@link Derivability}: it looks for a change of the hidden cells that keeps every published equation
 * true, which exists for a hidden cell exactly when the equations cannot pin it down.
 */
class CrossedTableProtectionTest {

    private final SmallNumberProtection protection = new SmallNumberProtection();

    @Test
    void aSingleSmallCellInARowHidesASecondInThatRowAndThenEachColumnHasTwo() {
        CellTable table = crossed(new long[][] {
                {10, 3, 12, 20},
                {8, 9, 15, 6}});

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.reason("K|18-24")).contains(SuppressionReason.PRIMARY);
        assertThat(decision.reason("K|0-17")).contains(SuppressionReason.SECONDARY);
        assertThat(hiddenIn(table, decision, "sex=K")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hiddenIn(table, decision, "age=18-24")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hiddenIn(table, decision, "age=0-17")).hasSizeGreaterThanOrEqualTo(2);
        assertEveryEquationHasNoneOrTwoHidden(table, decision);
        assertThat(pinnedDown(table, hidden(table, decision))).isEmpty();
        assertThat(decision.unprotectable()).isEmpty();
    }

    @Test
    void theColumnRuleRunsAfterTheRowRuleUntilNeitherChanges() {
        // K's 18-24 is small; its row hides K's 0-17 (the next smallest), each of the two columns then
        // hides M's cell, which leaves M's row with two, and nothing further to do.
        CellTable table = crossed(new long[][] {
                {6, 2, 30},
                {7, 11, 40}});

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.suppressed()).containsExactlyInAnyOrder("K|0-17", "K|18-24", "M|0-17", "M|18-24");
        assertEveryEquationHasNoneOrTwoHidden(table, decision);
        assertThat(pinnedDown(table, hidden(table, decision))).isEmpty();
    }

    @Test
    void aSmallCellBesideZerosInItsRowHidesTheRowMargin() {
        // Zero is shown, so the row offers no second cell: its margin goes, and then the margins' own sum.
        CellTable table = crossed(new long[][] {
                {0, 3, 0},
                {9, 11, 40}});

        SuppressionDecision decision = protection.protect(table);

        assertThat(decision.isSuppressed("K|18-24")).isTrue();
        assertThat(decision.isSuppressed("K|0-17")).isFalse();
        assertEveryEquationHasNoneOrTwoHidden(table, decision);
        assertThat(pinnedDown(table, hidden(table, decision))).isEmpty();
    }

    @Test
    void noTableOfSmallCountsLeavesASmallCountThatTheMarginsPinDown() {
        Random random = new Random(20261124L);
        for (int run = 0; run < 150; run++) {
            int sexes = 2 + random.nextInt(2);
            int bands = 3 + random.nextInt(4);
            long[][] counts = new long[sexes][bands];
            for (long[] row : counts) {
                for (int b = 0; b < bands; b++) {
                    int kind = random.nextInt(10);
                    row[b] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
                }
            }
            CellTable table = crossed(counts);

            SuppressionDecision decision = protection.protect(table);

            String what = java.util.Arrays.deepToString(counts);
            for (Cell cell : table.cells()) {
                assertThat(cell.count() >= 1 && cell.count() <= 4 && !decision.isSuppressed(cell.id()))
                        .as(what + " shows " + cell.id()).isFalse();
            }
            assertThat(decision.unprotectable()).as(what).isEmpty();
            assertEveryEquationHasNoneOrTwoHidden(table, decision);
            // A cell hidden only to protect another may be pinned down by a combination of equations
            // (a bridge between two cycles of hidden cells); it is no small count, so nothing is revealed.
            assertThat(pinnedDown(table, hidden(table, decision))).as(what)
                    .allSatisfy(id -> assertThat(table.cellsById().get(id).count()).isGreaterThanOrEqualTo(5));
        }
    }

    @Test
    void theCheckerFindsACellThatATotalLessTheShownCellsGivesAway() {
        CellTable table = crossed(new long[][] {
                {10, 3, 12},
                {8, 9, 15}});
        // Only the small cell hidden: its row margin less the row's other cells gives it.
        assertThat(pinnedDown(table, Set.of("K|18-24"))).containsExactly("K|18-24");
        // A cycle over two rows and two columns: neither rows nor columns pin any of the four.
        assertThat(pinnedDown(table, Set.of("K|0-17", "K|18-24", "M|0-17", "M|18-24"))).isEmpty();
        // Two hidden in each row, but the columns of 25-44 and 0-17 each hold one: a combination gives them.
        assertThat(pinnedDown(table, Set.of("K|18-24", "K|25-44", "M|18-24", "M|0-17")))
                .contains("K|25-44", "M|0-17");
    }

    private static final String[] SEXES = {"K", "M", "X"};
    private static final String[] BANDS = {"0-17", "18-24", "25-44", "45-64", "65-79", "80+"};

    /** The cells {@code K|25-44}, margins {@code sex=K} and {@code age=25-44}, and {@code victims}. */
    private static CellTable crossed(long[][] counts) {
        List<Cell> cells = new ArrayList<>();
        List<AdditiveCells> groups = new ArrayList<>();
        long all = 0;
        long[] columns = new long[counts[0].length];
        List<String> sexMargins = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            List<String> row = new ArrayList<>();
            long sum = 0;
            for (int b = 0; b < counts[s].length; b++) {
                String id = SEXES[s] + "|" + BANDS[b];
                cells.add(Cell.toPublish(id, counts[s][b]));
                row.add(id);
                sum += counts[s][b];
                columns[b] += counts[s][b];
            }
            cells.add(Cell.toPublish("sex=" + SEXES[s], sum));
            groups.add(new AdditiveCells("sex=" + SEXES[s], row));
            sexMargins.add("sex=" + SEXES[s]);
            all += sum;
        }
        List<String> ageMargins = new ArrayList<>();
        for (int b = 0; b < columns.length; b++) {
            List<String> column = new ArrayList<>();
            for (int s = 0; s < counts.length; s++) {
                column.add(SEXES[s] + "|" + BANDS[b]);
            }
            cells.add(Cell.toPublish("age=" + BANDS[b], columns[b]));
            groups.add(new AdditiveCells("age=" + BANDS[b], column));
            ageMargins.add("age=" + BANDS[b]);
        }
        cells.add(Cell.toPublish("victims", all));
        groups.add(new AdditiveCells("victims", sexMargins));
        groups.add(new AdditiveCells("victims", ageMargins));
        return new CellTable(cells, groups, List.of());
    }

    private static Set<String> hidden(CellTable table, SuppressionDecision decision) {
        Set<String> hidden = new TreeSet<>(decision.suppressed());
        table.cells().stream().filter(Cell::isUnknownToReader).forEach(c -> hidden.add(c.id()));
        return hidden;
    }

    private static List<String> hiddenIn(CellTable table, SuppressionDecision decision, String totalId) {
        return table.groups().stream().filter(g -> g.totalId().equals(totalId))
                .flatMap(g -> g.members().stream()).filter(decision::isSuppressed).distinct().toList();
    }

    /** A total less the shown cells of its equation gives the one hidden cell away. */
    private static void assertEveryEquationHasNoneOrTwoHidden(CellTable table, SuppressionDecision decision) {
        for (AdditiveCells group : table.groups()) {
            long hiddenCount = group.members().stream().filter(decision::isSuppressed).count();
            assertThat(hiddenCount).as(group + " hides " + hiddenCount).isNotEqualTo(1L);
        }
    }

    /**
     * The hidden cells that no change of the hidden cells can move while every equation (total − Σ parts,
     * with the shown cells fixed) still holds. The changes tried are −1, 0 and +1 per cell, which suffices
     * for a table with margins: its equations form a network, whose every circulation is a sum of cycles
     * that move each cell by one.
     */
    private static Set<String> pinnedDown(CellTable table, Set<String> hidden) {
        List<String> unknowns = new ArrayList<>(new TreeSet<>(hidden));
        List<Map<Integer, Integer>> equations = new ArrayList<>();
        for (AdditiveCells group : table.groups()) {
            Map<Integer, Integer> equation = new HashMap<>();
            for (String member : group.members()) {
                int index = unknowns.indexOf(member);
                if (index >= 0) {
                    equation.put(index, member.equals(group.totalId()) ? 1 : -1);
                }
            }
            if (!equation.isEmpty()) {
                equations.add(equation);
            }
        }
        Set<String> pinned = new TreeSet<>();
        for (int target = 0; target < unknowns.size(); target++) {
            int[] change = new int[unknowns.size()];
            change[target] = 1;
            if (!completes(change, 0, target, equations)) {
                pinned.add(unknowns.get(target));
            }
        }
        return pinned;
    }

    /** Whether the change so far, tried cell by cell, can be completed so that every equation holds. */
    private static boolean completes(int[] change, int next, int fixed, List<Map<Integer, Integer>> equations) {
        if (next == change.length) {
            return true;
        }
        if (next == fixed) {
            return holdsSoFar(change, next, fixed, equations) && completes(change, next + 1, fixed, equations);
        }
        for (int step : new int[] {0, 1, -1}) {
            change[next] = step;
            if (holdsSoFar(change, next, fixed, equations) && completes(change, next + 1, fixed, equations)) {
                return true;
            }
        }
        change[next] = 0;
        return false;
    }

    /** Each equation whose cells are all decided (up to {@code last}, and the fixed one) must hold. */
    private static boolean holdsSoFar(int[] change, int last, int fixed, List<Map<Integer, Integer>> equations) {
        for (Map<Integer, Integer> equation : equations) {
            boolean decided = equation.keySet().stream().allMatch(i -> i <= last || i == fixed);
            if (decided && sum(equation, change) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int sum(Map<Integer, Integer> equation, int[] change) {
        int total = 0;
        for (Map.Entry<Integer, Integer> term : equation.entrySet()) {
            total += term.getValue() * change[term.getKey()];
        }
        return total;
    }
}
