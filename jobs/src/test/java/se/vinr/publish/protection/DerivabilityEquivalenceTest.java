package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * {@link Derivability} solves part by part on sparse rows and remembers its answers; what it finds must be
 * exactly what the dense elimination it replaced ({@link ReferenceDerivability}) finds, since each answer
 * decides whether a small count is published.
 */
class DerivabilityEquivalenceTest {

    @Test
    void findsWhatTheDenseEliminationFindsInRandomCrossedTables() {
        RandomTables random = new RandomTables(8_2026L);
        for (int run = 0; run < 200; run++) {
            assertSameAnswers(random.crossed(), random, 3);
        }
    }

    @Test
    void findsWhatTheDenseEliminationFindsInRandomSystemsOfOverlappingGroups() {
        RandomTables random = new RandomTables(11_24L);
        for (int run = 0; run < 300; run++) {
            assertSameAnswers(random.overlapping(), random, 6);
        }
    }

    @Test
    void findsWhatTheDenseEliminationFindsWhereTheNumbersOutgrowLongs() {
        // Wide groups over the same few dozen cells make the eliminated rows' entries grow fast, so
        // that some parts must be finished in arbitrary precision.
        RandomTables random = new RandomTables(64L);
        for (int run = 0; run < 5; run++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add("c" + i);
            }
            List<AdditiveCells> groups = new ArrayList<>();
            for (int g = 0; g < 38; g++) {
                List<String> pool = new ArrayList<>(ids);
                String total = pool.remove(random.nextInt(pool.size()));
                List<String> parts = new ArrayList<>();
                for (int p = 0; p < 15 + random.nextInt(15); p++) {
                    parts.add(pool.remove(random.nextInt(pool.size())));
                }
                groups.add(new AdditiveCells(total, parts));
            }
            Set<String> hidden = new TreeSet<>(ids);

            assertThat(new Derivability(groups).derivable(hidden))
                    .isEqualTo(ReferenceDerivability.derivable(groups, hidden));
        }
    }

    @Test
    void finishesInArbitraryPrecisionWithTheSameAnswerAsInLongs() {
        List<String> unknowns = List.of("a", "b", "c");
        // t1 = a + b, t2 = a + c, t3 = b + c with every total shown.
        List<int[]> columns = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
        List<long[]> values = List.of(new long[] {-1, -1}, new long[] {-1, -1}, new long[] {-1, -1});

        assertThat(Derivability.denseSolve(unknowns, columns, values)).containsExactlyInAnyOrder("a", "b", "c");
    }

    /**
     * The whole set for several hidden sets on one instance (so that remembered parts are reused), and
     * the one-cell question for every hidden cell.
     */
    private static void assertSameAnswers(CellTable table, RandomTables random, int hiddenSets) {
        Derivability derivability = new Derivability(table.groups());
        for (int trial = 0; trial < hiddenSets; trial++) {
            Set<String> hidden = random.hiddenCells(table);
            Set<String> expected = ReferenceDerivability.derivable(table.groups(), hidden);

            assertThat(derivability.derivable(hidden)).as(() -> table.groups() + " hiding " + hidden).isEqualTo(expected);
            for (String cell : hidden) {
                assertThat(derivability.isDerivable(hidden, cell)).as(() -> cell + " of " + table.groups() + " hiding " + hidden)
                        .isEqualTo(expected.contains(cell));
            }
        }
    }
}
