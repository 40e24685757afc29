package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.publish.Indicators.count;
import static se.vinr.publish.Indicators.input;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Migrations;
import se.vinr.load.Warehouse;
import se.vinr.core.ProjectFiles;
import se.vinr.publish.protection.CountLinks;
import se.vinr.publish.protection.DecisionMemo;
import se.vinr.publish.protection.PublicationProtection;
import se.vinr.publish.protection.SuppressionDecision;
import se.vinr.publish.protection.SuppressionReason;
import se.vinr.reports.model.Unit;

/**
 * A remembered protection decision is used only where taking it again would give the same decision: the same
 * rows of its half-year and of every earlier one, the same settings, the same cells required hidden.
 */
class ProtectionDecisionMemoTest {

    private static final List<String> PERIODS = List.of("2024H1", "2024H2", "2025H1");
    private static final Map<String, IndicatorInput> INDICATORS = Map.of("new_cases", input("new_cases", Unit.COUNT, "role"));

    @TempDir
    Path dir;

    @Test
    void aSecondPublicationOfTheSameDataTakesNoDecisionAgainAndGetsTheSameDecisions() {
        CountingMemo memo = new CountingMemo();
        PublicationProtection.Decisions first = protection(memo, 5).decide(rows(3), PERIODS);
        int taken = memo.kept.size();
        PublicationProtection.Decisions second = protection(memo, 5).decide(rows(3), PERIODS);

        assertThat(taken).isEqualTo(PERIODS.size());
        assertThat(memo.kept).hasSize(taken);
        assertThat(second).isEqualTo(first);
        assertThat(first.of("2025H1").isSuppressed("new_cases|2025H1|role=child_victim|n")).isTrue();
    }

    @Test
    void aRevisedRowTakesItsHalfYearAndEveryLaterOneAfresh() {
        CountingMemo memo = new CountingMemo();
        protection(memo, 5).decide(rows(3), PERIODS);
        List<RawValue> revised = new ArrayList<>(rows(3));
        revised.replaceAll(r -> r.period().equals("2024H2") && r.breakdown().equals("all") ? count("new_cases", "2024H2", "all", 43) : r);
        revised.replaceAll(r -> r.period().equals("2024H2") && r.breakdown().equals("role=victim") ? count("new_cases", "2024H2", "role=victim", 34) : r);

        PublicationProtection.Decisions decisions = protection(memo, 5).decide(revised, PERIODS);

        assertThat(memo.kept).hasSize(PERIODS.size() + 2);
        assertThat(decisions).isEqualTo(protection(DecisionMemo.none(), 5).decide(revised, PERIODS));
    }

    @Test
    void anotherThresholdOrCellRequiredHiddenIsAnotherDecision() {
        CountingMemo memo = new CountingMemo();
        protection(memo, 5).decide(rows(3), PERIODS);
        protection(memo, 4).decide(rows(3), PERIODS);
        int afterThreshold = memo.kept.size();
        PublicationProtection.Decisions withEarlier = protection(memo, 5)
                .decide(rows(3), PERIODS, Set.of("new_cases|2025H1|role=victim|n"));

        assertThat(afterThreshold).isEqualTo(2 * PERIODS.size());
        assertThat(memo.kept).hasSize(afterThreshold + 1);
        assertThat(withEarlier.of("2025H1").reason("new_cases|2025H1|role=victim|n"))
                .contains(SuppressionReason.EARLIER_PUBLICATION);
    }

    @Test
    void theWarehouseGivesBackADecisionAsItWasKept() {
        SuppressionDecision decision = new SuppressionDecision(
                Map.of("a|2025H1|all|n", SuppressionReason.PRIMARY, "a|2025H1|all|v", SuppressionReason.DERIVED),
                Set.of("b|2025H1|all|n"));
        try (Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            new Migrations(ProjectFiles.of(Path.of("..", "sql"), ProjectFiles.SQL),
                    Clock.fixed(Instant.parse("2025-07-20T08:00:00Z"), ZoneOffset.UTC)).migrate(warehouse);
            WarehouseDecisionMemo memo = new WarehouseDecisionMemo(warehouse.connection());
            memo.keep("digest-1", decision);
            memo.keep("digest-2", new SuppressionDecision(Map.of(), Set.of()));

            assertThat(memo.find("digest-1")).contains(decision);
            assertThat(memo.find("digest-2")).contains(new SuppressionDecision(Map.of(), Set.of()));
            assertThat(memo.find("digest-3")).isEmpty();
        }
    }

    private static PublicationProtection protection(DecisionMemo memo, int threshold) {
        return new PublicationProtection(INDICATORS, CountLinks.none(), threshold, 3, memo);
    }

    /** New cases by role per half-year, with {@code children} child victims. */
    private static List<RawValue> rows(int children) {
        List<RawValue> rows = new ArrayList<>();
        long[][] perPeriod = {{40, 30, 10 - children, children}, {42, 33, 9 - children, children}, {45, 35, 10 - children, children}};
        for (int p = 0; p < PERIODS.size(); p++) {
            String period = PERIODS.get(p);
            long[] n = perPeriod[p];
            rows.add(count("new_cases", period, "all", n[0]));
            rows.add(count("new_cases", period, "role=victim", n[1]));
            rows.add(count("new_cases", period, "role=perpetrator", n[2]));
            rows.add(count("new_cases", period, "role=child_victim", n[3]));
        }
        return rows;
    }

    private static final class CountingMemo implements DecisionMemo {

        final Map<String, SuppressionDecision> kept = new LinkedHashMap<>();
        final Map<String, Integer> found = new HashMap<>();

        @Override
        public Optional<SuppressionDecision> find(String digest) {
            Optional<SuppressionDecision> decision = Optional.ofNullable(kept.get(digest));
            decision.ifPresent(d -> found.merge(digest, 1, Integer::sum));
            return decision;
        }

        @Override
        public void keep(String digest, SuppressionDecision decision) {
            kept.put(digest, decision);
        }
    }
}
