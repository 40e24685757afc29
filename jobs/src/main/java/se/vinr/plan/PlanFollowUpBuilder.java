package se.vinr.plan;

import java.util.Map;
import java.util.Optional;

import se.vinr.core.Period;
import se.vinr.reports.model.PlanFollowUp;

/**
 * Joins a plan with what was reported and computed for one period into the report's plan section.
 * Every activity and every indicator of the plan appears, reported or not.
 */
public final class PlanFollowUpBuilder {

    private final OverdueRule overdueRule;
    private final int minimumCount;

    /**
     * @param minimumCount the small-number threshold (docs/contract.md#6-small-number-protection, default 5): a hand-reported
     *                     count from 1 to {@code minimumCount - 1} is published as hidden, like every other count
     */
    public PlanFollowUpBuilder(OverdueRule overdueRule, int minimumCount) {
        this.overdueRule = overdueRule;
        this.minimumCount = minimumCount;
    }

    /**
     * @param computedValues the period's published value by catalogue id: a value, or null where small-number
     *                       protection hid it; an id that is absent has no data for the period
     */
    public PlanFollowUp build(ActionPlan plan, Period period, PlanStatuses reported,
                              Map<String, Double> computedValues) {
        return new PlanFollowUp(plan.title(), plan.vision(), plan.subGoals().stream()
                .map(goal -> new PlanFollowUp.SubGoal(goal.id(), goal.title(),
                        goal.activities().stream().map(a -> activity(a, period, reported)).toList(),
                        goal.indicators().stream().map(i -> indicator(i, period, reported, computedValues)).toList()))
                .toList());
    }

    private PlanFollowUp.Activity activity(ActionPlan.Activity activity, Period period, PlanStatuses reported) {
        Optional<ReportedActivity> report = reported.activity(activity.id());
        ActivityStatus status = report.map(ReportedActivity::status).orElse(null);
        return new PlanFollowUp.Activity(activity.id(), activity.text(), activity.responsible(),
                activity.due() == null ? null : activity.due().toString(),
                status == null ? null : status.code(),
                overdueRule.isOverdue(activity, status, period),
                report.map(ReportedActivity::comment).orElse(null));
    }

    private PlanFollowUp.PlanIndicator indicator(ActionPlan.Indicator indicator, Period period,
                                                 PlanStatuses reported, Map<String, Double> computedValues) {
        String unit = indicator.unit() == null ? null : indicator.unit().code();
        if (!indicator.isManual()) {
            boolean hasData = computedValues.containsKey(indicator.computed());
            return new PlanFollowUp.PlanIndicator(indicator.id(), indicator.title(), indicator.computed(), unit,
                    computedValues.get(indicator.computed()), hasData ? period.toString() : null);
        }
        Optional<ReportedValue> value = reported.value(indicator.id());
        return new PlanFollowUp.PlanIndicator(indicator.id(), indicator.title(), null, unit,
                value.map(v -> publishable(v.value(), indicator.unit())).orElse(null),
                value.isPresent() ? period.toString() : null);
    }

    private Double publishable(Double value, IndicatorUnit unit) {
        boolean smallCount = unit == IndicatorUnit.COUNT && value != null && value > 0 && value < minimumCount;
        return smallCount ? null : value;
    }
}
