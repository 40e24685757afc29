package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The attack of issue 13 on what protection publishes, by {@link ReaderIntervals}, which shares no code with
 * protection: from the shown counts, which counts are hidden and the documented sums and shares, no hidden
 * count may be pinned to one value and no small count (1 to 4) may have fewer than the protection level of
 * feasible values, unless protection itself reported it as given away by figures published before.
 */
class AttackerTest {

    private static final int LEVEL = SmallNumberProtection.DEFAULT_PROTECTION_LEVEL;

    @Test
    void findsNothingInTwoHundredAndFiftyRandomCrossedTablesWithCumulativeHalfYears() {
        RandomTables random = new RandomTables(13L);
        List<String> found = new ArrayList<>();
        int smallChecked = 0;
        for (int run = 0; run < 250; run++) {
            smallChecked += attack("crossed " + run, random.crossed(), found);
        }
        assertThat(found).isEmpty();
        assertThat(smallChecked).as("small counts the attacker tried").isGreaterThan(500);
    }

    @Test
    void findsNothingInTwoHundredAndFiftyRandomSystemsOfLinkedCountsAndShares() {
        RandomTables random = new RandomTables(1313L);
        List<String> found = new ArrayList<>();
        int smallChecked = 0;
        for (int run = 0; run < 250; run++) {
            smallChecked += attack("linked " + run, random.overlapping(), found);
        }
        assertThat(found).isEmpty();
        assertThat(smallChecked).as("small counts the attacker tried").isGreaterThan(200);
    }

    @Test
    void findsNothingInTheSevenCellExample() {
        List<String> found = new ArrayList<>();
        attack("2025H1 victims", SevenCellExampleTest.table(), found);
        assertThat(found).isEmpty();
    }

    /** And the attacker does find the leak in the pattern published before the audit. */
    @Test
    void pinsTheSevenCellsOfThePatternPublishedBefore() {
        CellTable table = SevenCellExampleTest.table();
        List<String> hidden = List.of("K|18-24", "K|65-79", "M|18-24", "M|45-64", "age=45-64", "age=65-79",
                "group=age_65_plus");
        ReaderIntervals reader = new ReaderIntervals();
        for (Cell cell : table.cells()) {
            if (hidden.contains(cell.id())) {
                reader.unknown(cell.id(), 1);
            } else {
                reader.shown(cell.id(), cell.count());
            }
        }
        table.groups().forEach(g -> reader.sum(g.members()));

        assertThat(hidden).allSatisfy(id -> assertThat(reader.values(id)).as(id).isEqualTo(1));
    }

    /** @return how many hidden small counts it tried */
    private static int attack(String name, CellTable table, List<String> found) {
        SuppressionDecision decision = new SmallNumberProtection().protect(table);
        ReaderIntervals reader = new ReaderIntervals();
        for (Cell cell : table.cells()) {
            switch (cell.visibility()) {
                case ALREADY_PUBLISHED -> reader.shown(cell.id(), cell.count());
                case TO_PUBLISH -> {
                    if (decision.isSuppressed(cell.id())) {
                        reader.unknown(cell.id(), 1);
                    } else {
                        reader.shown(cell.id(), cell.count());
                    }
                }
                case WITHHELD -> reader.unknown(cell.id(), 1);
                case UNPUBLISHED -> reader.unknown(cell.id(), 0);
            }
        }
        table.groups().forEach(g -> reader.sum(g.members()));
        table.derived().stream().filter(DerivedCell::isShare)
                .forEach(s -> reader.atMost(s.numeratorId(), s.denominatorId()));
        int small = 0;
        for (Cell cell : table.cells()) {
            if (!reader.isUnknown(cell.id()) || decision.unprotectable().contains(cell.id())) {
                continue;
            }
            boolean isSmall = cell.count() >= 1 && cell.count() < SmallNumberProtection.DEFAULT_THRESHOLD;
            boolean published = cell.visibility() != Cell.Visibility.UNPUBLISHED;
            long required = isSmall ? LEVEL : published ? 2 : 0;
            if (required == 0) {
                continue;
            }
            small += isSmall ? 1 : 0;
            long values = reader.values(cell.id());
            if (values < required) {
                found.add(name + ": " + cell.id() + " (" + cell.count() + ") has " + values + " feasible values");
            }
        }
        return small;
    }
}
