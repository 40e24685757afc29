package se.vinr.reports.model;

import java.util.List;

/** The action plan and how each of its activities and indicators stands this period. */
public record PlanFollowUp(String title, String vision, List<SubGoal> subGoals) {

    public PlanFollowUp {
        subGoals = List.copyOf(subGoals);
    }

    public record SubGoal(String id, String title, List<Activity> activities, List<PlanIndicator> indicators) {
        public SubGoal {
            activities = List.copyOf(activities);
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * @param status {@code not_started}, {@code ongoing}, {@code done} or null when nothing was reported
     * @param due ISO date or null
     * @param overdue the due date has passed without the activity being done
     */
    public record Activity(String id, String text, String responsible, String due, String status,
                           boolean overdue, String comment) {
    }

    /**
     * @param computedIndicator the catalogue id when computed from data, else null (reported by hand)
     * @param latestValue the latest published value (protected), or null
     */
    public record PlanIndicator(String id, String title, String computedIndicator, String unit,
                                Double latestValue, String latestPeriod) {
    }
}
