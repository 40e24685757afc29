package se.vinr.indicators.stats;

import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding.GoalAssurance;

/**
 * Whether the current process will meet a goal, judged by where the goal lies against the latest
 * point's control limits: the "assurance" icons of NHS England's Making Data Count programme (NHS
 * Improvement (2019), "Making data count: strengthening your decisions"; the same rule as the NHS-R
 * community's MDC tools). If the limits lie wholly on the good side of the goal, the process will
 * consistently meet it ({@link GoalAssurance#WILL_REACH}); if the goal lies beyond the limits on the
 * good side, i.e. the whole process is on the bad side, it will consistently miss it
 * ({@link GoalAssurance#WILL_NOT_REACH}); a goal within the limits, limits included, is met only
 * sometimes, by chance ({@link GoalAssurance#UNCERTAIN}).
 *
 * <p>Without a good direction ({@link Polarity#NEITHER}) there is no good side, and without limits
 * (a chart that could not be drawn) nothing can be judged: both are uncertain.
 */
public final class GoalAssuranceRule {

    private GoalAssuranceRule() {
    }

    /**
     * @param goal the goal on the chart's scale (a proportion 0–1 for a p-chart, a rate per unit of
     *             population for a u-chart), or null when the indicator has none
     */
    public static GoalAssurance assess(ControlChartResult chart, Double goal, Polarity polarity) {
        if (goal == null) {
            return GoalAssurance.NO_GOAL;
        }
        return chart.latestLimits().map(limits -> assess(limits, goal, polarity)).orElse(GoalAssurance.UNCERTAIN);
    }

    private static GoalAssurance assess(ControlLimits limits, double goal, Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> goal < limits.lower() ? GoalAssurance.WILL_REACH
                    : goal > limits.upper() ? GoalAssurance.WILL_NOT_REACH : GoalAssurance.UNCERTAIN;
            case LOWER_IS_BETTER -> goal > limits.upper() ? GoalAssurance.WILL_REACH
                    : goal < limits.lower() ? GoalAssurance.WILL_NOT_REACH : GoalAssurance.UNCERTAIN;
            case NEITHER -> GoalAssurance.UNCERTAIN;
        };
    }
}
