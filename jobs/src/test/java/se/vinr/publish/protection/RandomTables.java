package se.vinr.publish.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random tables of the two shapes protection meets: a sex × age-band table with its margins, over
 * one or two half-years (the earlier one as its own protection left it, its shown cells published and
 * the others withheld, tied to the current one by cumulative increases), and a system of overlapping groups (a total of any
 * cells already made, as catalogue links tie indicators), with shares and rates on top.
 */
final class RandomTables {

    private static final String[] SEXES = {"K", "M", "X"};
    private static final String[] BANDS = {"0-17", "18-24", "25-44", "45-64", "65-79", "80+"};

    private final Random random;

    RandomTables(long seed) {
        random = new Random(seed);
    }

    long count() {
        int kind = random.nextInt(10);
        return kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
    }

    CellTable crossed() {
        int sexes = 2 + random.nextInt(2);
        int bands = 3 + random.nextInt(4);
        List<Cell> cells = new ArrayList<>();
        List<AdditiveCells> groups = new ArrayList<>();
        if (!random.nextBoolean()) {
            addCrossed("P2", sexes, bands, null, cells, groups);
            return new CellTable(cells, groups, List.of());
        }
        List<Cell> earlierCells = new ArrayList<>();
        long[][] earlier = addCrossed("P1", sexes, bands, null, earlierCells, groups);
        SuppressionDecision decided = new SmallNumberProtection().protect(new CellTable(earlierCells, groups, List.of()));
        for (Cell cell : earlierCells) {
            cells.add(decided.isSuppressed(cell.id()) ? Cell.withheld(cell.id(), cell.count())
                    : Cell.alreadyPublished(cell.id(), cell.count()));
        }
        long[][] current = addCrossed("P2", sexes, bands, earlier, cells, groups);
        for (int s = 0; s < sexes; s++) {
            for (int b = 0; b < bands; b++) {
                String now = "P2|" + SEXES[s] + "|" + BANDS[b];
                String then = "P1|" + SEXES[s] + "|" + BANDS[b];
                String change = now + "#change";
                cells.add(Cell.unpublished(change, current[s][b] - earlier[s][b]));
                groups.add(AdditiveCells.of(now, then, change));
            }
        }
        return new CellTable(cells, groups, List.of());
    }

    /** The cells and margins of one half-year; cumulative on {@code base} when given, so never below it. */
    private long[][] addCrossed(String period, int sexes, int bands, long[][] base, List<Cell> cells,
                                List<AdditiveCells> groups) {
        long[][] counts = new long[sexes][bands];
        long all = 0;
        long[] columns = new long[bands];
        List<String> sexMargins = new ArrayList<>();
        for (int s = 0; s < sexes; s++) {
            List<String> row = new ArrayList<>();
            long sum = 0;
            for (int b = 0; b < bands; b++) {
                counts[s][b] = (base == null ? 0 : base[s][b]) + count();
                String id = period + "|" + SEXES[s] + "|" + BANDS[b];
                cells.add(Cell.toPublish(id, counts[s][b]));
                row.add(id);
                sum += counts[s][b];
                columns[b] += counts[s][b];
            }
            cells.add(Cell.toPublish(period + "|sex=" + SEXES[s], sum));
            groups.add(new AdditiveCells(period + "|sex=" + SEXES[s], row));
            sexMargins.add(period + "|sex=" + SEXES[s]);
            all += sum;
        }
        List<String> ageMargins = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            List<String> column = new ArrayList<>();
            for (int s = 0; s < sexes; s++) {
                column.add(period + "|" + SEXES[s] + "|" + BANDS[b]);
            }
            cells.add(Cell.toPublish(period + "|age=" + BANDS[b], columns[b]));
            groups.add(new AdditiveCells(period + "|age=" + BANDS[b], column));
            ageMargins.add(period + "|age=" + BANDS[b]);
        }
        cells.add(Cell.toPublish(period + "|victims", all));
        groups.add(new AdditiveCells(period + "|victims", sexMargins));
        groups.add(new AdditiveCells(period + "|victims", ageMargins));
        return counts;
    }

    CellTable overlapping() {
        int leaves = 3 + random.nextInt(10);
        int totals = 1 + random.nextInt(10);
        List<Cell> cells = new ArrayList<>();
        List<AdditiveCells> groups = new ArrayList<>();
        List<DerivedCell> derived = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            cells.add(withVisibility("c" + i, count()));
        }
        for (int t = 0; t < totals; t++) {
            int parts = 1 + random.nextInt(Math.min(5, cells.size()));
            List<Cell> pool = new ArrayList<>(cells);
            List<String> partIds = new ArrayList<>();
            long sum = 0;
            for (int p = 0; p < parts; p++) {
                Cell part = pool.remove(random.nextInt(pool.size()));
                partIds.add(part.id());
                sum += part.count();
            }
            Cell total = withVisibility("t" + t, sum);
            cells.add(total);
            groups.add(new AdditiveCells(total.id(), partIds));
            Cell numerator = cells.stream().filter(c -> c.id().equals(partIds.get(0))).findFirst().orElseThrow();
            boolean publishable = numerator.visibility() != Cell.Visibility.UNPUBLISHED
                    && total.visibility() != Cell.Visibility.UNPUBLISHED;
            if (publishable && random.nextInt(3) == 0) {
                derived.add(DerivedCell.share("share" + t, numerator.id(), total.id()));
            } else if (publishable && random.nextInt(3) == 0) {
                derived.add(DerivedCell.fromCount("rate" + t, total.id()));
            }
        }
        return new CellTable(cells, groups, derived);
    }

    private Cell withVisibility(String id, long count) {
        int kind = random.nextInt(12);
        return kind == 0 ? Cell.alreadyPublished(id, count) : kind == 1 ? Cell.unpublished(id, count)
                : Cell.toPublish(id, count);
    }

    /** Each cell of the table hidden with one probability drawn for the whole table. */
    java.util.Set<String> hiddenCells(CellTable table) {
        double share = 0.1 + 0.8 * random.nextDouble();
        java.util.Set<String> hidden = new java.util.TreeSet<>();
        for (Cell cell : table.cells()) {
            if (cell.isUnknownToReader() || random.nextDouble() < share) {
                hidden.add(cell.id());
            }
        }
        return hidden;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
