package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.core.Period;

class OverdueRuleTest {

    private static final Period H1 = Period.parse("2026H1");

    private final OverdueRule rule = new OverdueRule();

    @Test
    void aDeadlineOnThePeriodsLastDayIsNotYetOverdue() {
        assertThat(rule.isOverdue(due("2026-06-30"), ActivityStatus.ONGOING, H1)).isFalse();
    }

    @Test
    void aDeadlineOnThePeriodsLastDayIsOverdueInTheNextPeriodUnlessDone() {
        ActionPlan.Activity activity = due("2026-06-30");

        assertThat(rule.isOverdue(activity, ActivityStatus.ONGOING, H1.next())).isTrue();
        assertThat(rule.isOverdue(activity, ActivityStatus.DONE, H1.next())).isFalse();
    }

    @Test
    void aDeadlineTheDayAfterThePeriodIsNotOverdue() {
        assertThat(rule.isOverdue(due("2026-07-01"), ActivityStatus.NOT_STARTED, H1)).isFalse();
    }

    @Test
    void aDeadlineTheDayBeforeThePeriodIsOverdue() {
        assertThat(rule.isOverdue(due("2025-12-31"), ActivityStatus.NOT_STARTED, H1)).isTrue();
    }

    @Test
    void aDeadlineInsideThePeriodIsOverdueAtItsEnd() {
        assertThat(rule.isOverdue(due("2026-06-29"), ActivityStatus.ONGOING, H1)).isTrue();
    }

    @Test
    void aPassedDeadlineWithNothingReportedIsOverdue() {
        assertThat(rule.isOverdue(due("2025-12-31"), null, H1)).isTrue();
    }

    @Test
    void aDoneActivityIsNeverOverdue() {
        assertThat(rule.isOverdue(due("2025-12-31"), ActivityStatus.DONE, H1)).isFalse();
    }

    @Test
    void aRecurringActivityIsNeverOverdueEvenPastItsDueDate() {
        ActionPlan.Activity recurring = new ActionPlan.Activity("O1.A4", "Webbutbildning", null, "IFO", null,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), true, null, List.of());

        assertThat(rule.isOverdue(recurring, null, Period.parse("2029H1"))).isFalse();
    }

    @Test
    void anActivityWithoutADeadlineIsNeverOverdue() {
        ActionPlan.Activity open = new ActionPlan.Activity("D1.A1", "Informera", null, "Kommundirektör", null,
                null, null, false, null, List.of());

        assertThat(rule.isOverdue(open, null, Period.parse("2030H2"))).isFalse();
    }

    private static ActionPlan.Activity due(String date) {
        return new ActionPlan.Activity("O2.A1", "Revidera rutinen", null, "Stab", null, null,
                LocalDate.parse(date), false, null, List.of());
    }
}
