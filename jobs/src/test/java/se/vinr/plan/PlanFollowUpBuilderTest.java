package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vinr.core.Period;
import se.vinr.reports.model.PlanFollowUp;

class PlanFollowUpBuilderTest {

    private static final Period H1 = Period.parse("2026H1");
    private static final Period H2 = Period.parse("2026H2");

    private final ActionPlanLoader loader = PlanFixtures.loader();
    private final ActionPlan harnosand = loader.load(PlanFixtures.HARNOSAND);
    private final ActionPlan askersund = loader.load(PlanFixtures.ASKERSUND);
    private final PlanFollowUpBuilder builder = new PlanFollowUpBuilder(new OverdueRule(), 5);

    @Test
    void showsEverySubGoalActivityAndIndicatorEvenWithNothingReported() {
        PlanFollowUp followUp = builder.build(harnosand, H1, PlanStatuses.none(), Map.of());

        assertThat(followUp.title()).isEqualTo(harnosand.title());
        assertThat(followUp.vision()).isEqualTo(harnosand.vision());
        assertThat(followUp.subGoals()).extracting(PlanFollowUp.SubGoal::id).containsExactly("D1", "D2", "D3", "D4");
        assertThat(followUp.subGoals().stream().mapToInt(g -> g.activities().size()).sum()).isEqualTo(22);
        assertThat(followUp.subGoals().stream().mapToInt(g -> g.indicators().size()).sum()).isEqualTo(23);
        assertThat(followUp.subGoals().get(0).activities()).allSatisfy(a -> assertThat(a.status()).isNull());
    }

    @Test
    void joinsComputedIndicatorsWithTheirPublishedValues() {
        Map<String, Double> computed = new HashMap<>();
        computed.put("new_cases", 42.0);
        computed.put("risk_assessments", null);
        computed.put("screening_rate", 71.0);

        PlanFollowUp followUp = builder.build(harnosand, H1, PlanStatuses.none(), computed);

        assertThat(indicators(followUp, "D3"))
                .extracting(PlanFollowUp.PlanIndicator::id, PlanFollowUp.PlanIndicator::computedIndicator,
                        PlanFollowUp.PlanIndicator::latestValue, PlanFollowUp.PlanIndicator::latestPeriod)
                .containsExactly(
                        tuple("D3.I1", "interventions", null, null),
                        tuple("D3.I2", null, null, null),
                        tuple("D3.I3", "new_cases", 42.0, "2026H1"),
                        tuple("D3.I4", "risk_assessments", null, "2026H1"));
    }

    @Test
    void showsHandReportedValuesAndHidesASmallCount() {
        PlanStatuses reported = new PlanStatusValidator(harnosand).validate(List.of(
                new PlanStatusRow(2, "D1.I2", "done", 1250.0, null),
                new PlanStatusRow(3, "D1.I5", "done", 3.0, null),
                new PlanStatusRow(4, "D4.I1", "done", 3.0, null),
                new PlanStatusRow(5, "D4.I3", "done", 0.0, null)));

        PlanFollowUp followUp = builder.build(harnosand, H1, reported, Map.of());

        assertThat(indicators(followUp, "D1"))
                .extracting(PlanFollowUp.PlanIndicator::id, PlanFollowUp.PlanIndicator::unit,
                        PlanFollowUp.PlanIndicator::latestValue, PlanFollowUp.PlanIndicator::latestPeriod)
                .containsExactly(
                        tuple("D1.I1", "text", null, null),
                        tuple("D1.I2", "count", 1250.0, "2026H1"),
                        tuple("D1.I3", "text", null, null),
                        tuple("D1.I4", "count", null, null),
                        tuple("D1.I5", "percent", 3.0, "2026H1"));
        assertThat(indicators(followUp, "D4"))
                .extracting(PlanFollowUp.PlanIndicator::id, PlanFollowUp.PlanIndicator::latestValue,
                        PlanFollowUp.PlanIndicator::latestPeriod)
                .containsExactly(
                        tuple("D4.I1", null, "2026H1"),
                        tuple("D4.I2", null, null),
                        tuple("D4.I3", 0.0, "2026H1"),
                        tuple("D4.I4", null, null));
    }

    @Test
    void flagsAMissedDeadlineWithNothingReportedAndKeepsReportedStatuses() {
        PlanStatuses reported = new PlanStatusValidator(askersund).validate(List.of(
                new PlanStatusRow(2, "O1.A1", "done", null, "Workshop hölls 12 november"),
                new PlanStatusRow(3, "O2.A2", "ongoing", null, null)));

        PlanFollowUp followUp = builder.build(askersund, H2, reported, Map.of());

        assertThat(followUp.subGoals()).flatExtracting(PlanFollowUp.SubGoal::activities).hasSize(13);
        assertThat(activity(followUp, "O1.A1")).isEqualTo(new PlanFollowUp.Activity("O1.A1",
                "Länsstyrelsen håller workshop och utbildning för enhetschefer", "Samtliga", "2025-11-30", "done",
                false, "Workshop hölls 12 november"));
        PlanFollowUp.Activity revision = activity(followUp, "O2.A1");
        assertThat(revision.due()).isEqualTo("2026-06-30");
        assertThat(revision.status()).isNull();
        assertThat(revision.overdue()).isTrue();
        assertThat(activity(followUp, "O2.A2").overdue()).isFalse();
        assertThat(activity(followUp, "O1.A2").overdue()).isFalse();
    }

    @Test
    void aDeadlineOnThePeriodsLastDayIsNotOverdueInThatPeriodsReport() {
        PlanFollowUp followUp = builder.build(askersund, H1, PlanStatuses.none(), Map.of());

        assertThat(activity(followUp, "O2.A1").overdue()).isFalse();
        assertThat(activity(followUp, "O1.A1").overdue()).isTrue();
    }

    private static List<PlanFollowUp.PlanIndicator> indicators(PlanFollowUp followUp, String subGoal) {
        return followUp.subGoals().stream().filter(g -> g.id().equals(subGoal)).findFirst().orElseThrow().indicators();
    }

    private static PlanFollowUp.Activity activity(PlanFollowUp followUp, String id) {
        return followUp.subGoals().stream().flatMap(g -> g.activities().stream())
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
