package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

/**
 * What the audit keeps between questions (points found possible, validated duals, widths passed) may only
 * spare programmes: every answer must be the one the independent reader's programme gives.
 */
class IntervalAuditMemoryTest {

    @Test
    void everyCandidateWidensANarrowCellExactlyWhenTheReadersProgrammeSaysSo() {
        RandomTables random = new RandomTables(2027L);
        Random pick = new Random(7L);
        int compared = 0;
        int screenedByDuals = 0;
        for (int run = 0; run < 80; run++) {
            CellTable table = run % 2 == 0 ? random.crossed() : random.overlapping();
            Map<String, Cell> cells = table.cellsById();
            ToLongFunction<String> count = id -> cells.get(id).count();
            ToLongFunction<String> bound = id -> cells.get(id).isUnknownToReader() ? 0 : Math.min(1, cells.get(id).count());
            List<AdditiveCells> groups = table.groups().stream()
                    .filter(g -> g.partIds().stream().mapToLong(count).sum() == count.applyAsLong(g.totalId()))
                    .toList();
            Set<String> hidden = new TreeSet<>();
            for (Cell cell : table.cells()) {
                boolean small = cell.count() >= 1 && cell.count() <= 4;
                boolean chosen = cell.visibility() == Cell.Visibility.TO_PUBLISH && cell.count() > 0
                        && (small || pick.nextInt(4) == 0);
                if (chosen || cell.isUnknownToReader() || cell.visibility() == Cell.Visibility.WITHHELD) {
                    hidden.add(cell.id());
                }
            }
            AuditMemory memory = new AuditMemory();
            IntervalAudit audit = new IntervalAudit(groups, count, bound, memory);
            for (String cell : hidden) {
                if (cells.get(cell).isUnknownToReader()) {
                    continue;
                }
                long required = cells.get(cell).count() <= 4 ? SmallNumberProtection.DEFAULT_PROTECTION_LEVEL : 2;
                audit.leaves(hidden, cell, required);
                boolean dualsAtHand = memory.parts.values().stream()
                        .anyMatch(p -> p.lowDuals.containsKey(cell) && p.highDuals.containsKey(cell));
                for (Cell candidate : table.cells()) {
                    if (candidate.visibility() != Cell.Visibility.TO_PUBLISH || candidate.count() == 0
                            || hidden.contains(candidate.id())) {
                        continue;
                    }
                    Set<String> trial = new HashSet<>(hidden);
                    trial.add(candidate.id());
                    boolean expected = reader(cells, groups, trial, bound).values(cell) >= required;
                    assertThat(audit.widens(hidden, cell, required).test(candidate.id()))
                            .as("run %d: hiding %s beside %s", run, candidate.id(), cell).isEqualTo(expected);
                    compared++;
                    screenedByDuals += dualsAtHand ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
        assertThat(screenedByDuals).as("candidates judged with a narrow cell's duals at hand").isGreaterThan(200);
    }

    @Test
    void aPointFoundPossibleCountsOnlyWhileEveryCellItMovesIsHidden() {
        FeasiblePoints points = new FeasiblePoints();
        Map<String, Long> truth = Map.of("a", 2L, "b", 3L, "c", 5L);
        points.add(Map.of("a", 4.0, "b", 1.0, "c", 5.0), truth::get);

        IntervalAudit.Interval both = points.span("a", 2, points.hidden(Set.of("a", "b")), 10);
        IntervalAudit.Interval onlyA = points.span("a", 2, points.hidden(Set.of("a", "c")), 10);

        assertThat(both).isEqualTo(new IntervalAudit.Interval(2, 4));
        assertThat(onlyA).isEqualTo(new IntervalAudit.Interval(2, 2));
    }

    @Test
    void aMemoryServesTheRunsOfOneTableOnly() {
        AuditMemory memory = new AuditMemory();
        new IntervalAudit(List.of(AdditiveCells.of("t", "a", "b")), id -> 1, id -> 1, memory);

        assertThatThrownBy(() -> new IntervalAudit(List.of(AdditiveCells.of("t", "a", "c")), id -> 1, id -> 1, memory))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ReaderIntervals reader(Map<String, Cell> cells, List<AdditiveCells> groups, Set<String> hidden,
                                          ToLongFunction<String> bound) {
        ReaderIntervals reader = new ReaderIntervals();
        for (Cell cell : cells.values()) {
            if (hidden.contains(cell.id())) {
                reader.unknown(cell.id(), bound.applyAsLong(cell.id()));
            } else {
                reader.shown(cell.id(), cell.count());
            }
        }
        groups.forEach(g -> reader.sum(g.members()));
        return reader;
    }
}
