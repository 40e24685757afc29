package se.vinr.plan;

import se.vinr.core.Period;

/**
 * When an activity counts as overdue in a period's report: its due date lies before the period's
 * last day and it is not reported done. A deadline on the last day itself is still met in that period
 * (the report is made after it), so due 2026-06-30 is not overdue in 2026H1 but is in 2026H2.
 * Nothing reported counts as not done, so a missed deadline is shown rather than hidden. Recurring
 * activities run every period and are never overdue.
 */
public final class OverdueRule {

    /** @param status the status reported for the period, or null when nothing was reported */
    public boolean isOverdue(ActionPlan.Activity activity, ActivityStatus status, Period period) {
        return !activity.recurring()
                && activity.due() != null
                && activity.due().isBefore(period.end())
                && status != ActivityStatus.DONE;
    }
}
