package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The demo's 2025H1 victims by sex × age band (issue 13): with the old pattern (K 18–24, K 65–79,
 * M 18–24, M 45–64, age 45–64 and 65–79 hidden) bounds alone gave every hidden cell away, since
 * M 45–64 + K 65–79 = 2 with both at least 1. The numbers are the issue's.
 */
class SevenCellExampleTest {

    static final String[] SEXES = {"K", "M", "X"};
    static final String[] BANDS = {"0-17", "18-24", "25-44", "45-64", "65-79", "80+"};
    static final long[][] COUNTS = {
            {0, 6, 13, 6, 1, 0},
            {0, 3, 5, 1, 0, 0},
            {0, 0, 0, 0, 0, 0}};

    /** The table with its margins; the age band 65+ of the vulnerable groups as one more total. */
    static CellTable table() {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<AdditiveCells> groups = new ArrayList<>();
        long total = 0;
        for (int s = 0; s < SEXES.length; s++) {
            long sex = 0;
            List<String> parts = new ArrayList<>();
            for (int b = 0; b < BANDS.length; b++) {
                cells.put(SEXES[s] + "|" + BANDS[b], COUNTS[s][b]);
                parts.add(SEXES[s] + "|" + BANDS[b]);
                sex += COUNTS[s][b];
            }
            cells.put("sex=" + SEXES[s], sex);
            groups.add(new AdditiveCells("sex=" + SEXES[s], parts));
            total += sex;
        }
        List<String> bandTotals = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            long band = 0;
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < SEXES.length; s++) {
                band += COUNTS[s][b];
                parts.add(SEXES[s] + "|" + BANDS[b]);
            }
            cells.put("age=" + BANDS[b], band);
            groups.add(new AdditiveCells("age=" + BANDS[b], parts));
            bandTotals.add("age=" + BANDS[b]);
        }
        cells.put("all", total);
        groups.add(new AdditiveCells("all", bandTotals));
        groups.add(new AdditiveCells("all", List.of("sex=K", "sex=M", "sex=X")));
        cells.put("group=age_65_plus", cells.get("age=65-79") + cells.get("age=80+"));
        groups.add(AdditiveCells.of("group=age_65_plus", "age=65-79", "age=80+"));
        List<Cell> list = new ArrayList<>();
        cells.forEach((id, count) -> list.add(Cell.toPublish(id, count)));
        return new CellTable(list, groups, List.of());
    }

    @Test
    void theOldPatternFailsTheAudit() {
        CellTable table = table();
        Set<String> oldPattern = Set.of("K|18-24", "K|65-79", "M|18-24", "M|45-64", "age=45-64", "age=65-79",
                "group=age_65_plus");
        IntervalAudit audit = new IntervalAudit(table.groups(), id -> table.cellsById().get(id).count(), id -> 1, new AuditMemory());

        assertThat(audit.interval(oldPattern, "M|45-64").pinned()).isTrue();
        assertThat(audit.interval(oldPattern, "K|65-79").pinned()).isTrue();
        assertThat(audit.interval(oldPattern, "K|18-24").lowest()).isEqualTo(6);
    }

    @Test
    void comesOutProtected() {
        CellTable table = table();
        SuppressionDecision decision = new SmallNumberProtection().protect(table);

        Set<String> hidden = new HashSet<>(decision.suppressed());
        IntervalAudit audit = new IntervalAudit(table.groups(), id -> table.cellsById().get(id).count(), id -> 1, new AuditMemory());
        for (String id : hidden) {
            long count = table.cellsById().get(id).count();
            long required = count >= 1 && count <= 4 ? SmallNumberProtection.DEFAULT_PROTECTION_LEVEL : 2;
            assertThat(audit.interval(hidden, id).values()).as(id + " " + audit.interval(hidden, id))
                    .isGreaterThanOrEqualTo(required);
        }
        assertThat(hidden).contains("K|65-79", "M|45-64", "M|18-24", "K|18-24");
        assertThat(decision.unprotectable()).isEmpty();
    }
}
