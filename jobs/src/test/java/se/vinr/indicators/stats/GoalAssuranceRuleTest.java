package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;

class GoalAssuranceRuleTest {

    private final ControlChartResult chart = new ControlChartResult(
            ControlSignal.COMMON_CAUSE, List.of(Optional.of(new ControlLimits(0.21, 0.09, 0.33))),
            List.of(ControlSignal.COMMON_CAUSE));

    @Test
    void willNotReachAGoalBeyondTheLimitsOnTheGoodSide() {
        // A screening share running at 9–33 % will not reach the goal of asking everyone.
        assertThat(GoalAssuranceRule.assess(chart, 1.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.WILL_NOT_REACH);
        assertThat(GoalAssuranceRule.assess(chart, 0.05, Polarity.LOWER_IS_BETTER)).isEqualTo(GoalAssurance.WILL_NOT_REACH);
    }

    @Test
    void willReachAGoalWhenAllOfTheLimitsAreOnTheGoodSide() {
        assertThat(GoalAssuranceRule.assess(chart, 0.05, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.WILL_REACH);
        assertThat(GoalAssuranceRule.assess(chart, 0.5, Polarity.LOWER_IS_BETTER)).isEqualTo(GoalAssurance.WILL_REACH);
    }

    @Test
    void isUncertainForAGoalWithinTheLimitsTheirEdgesIncluded() {
        assertThat(GoalAssuranceRule.assess(chart, 0.25, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.UNCERTAIN);
        assertThat(GoalAssuranceRule.assess(chart, 0.33, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.UNCERTAIN);
        assertThat(GoalAssuranceRule.assess(chart, 0.09, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.UNCERTAIN);
    }

    @Test
    void isUncertainWithoutAGoodDirectionOrWithoutLimits() {
        assertThat(GoalAssuranceRule.assess(chart, 1.0, Polarity.NEITHER)).isEqualTo(GoalAssurance.UNCERTAIN);
        ControlChartResult notDrawn = new ControlChartResult(ControlSignal.NOT_ASSESSED, List.of(Optional.empty()),
                List.of(ControlSignal.NOT_ASSESSED));
        assertThat(GoalAssuranceRule.assess(notDrawn, 1.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.UNCERTAIN);
    }

    @Test
    void hasNoAssuranceWithoutAGoal() {
        assertThat(GoalAssuranceRule.assess(chart, null, Polarity.HIGHER_IS_BETTER)).isEqualTo(GoalAssurance.NO_GOAL);
    }
}
