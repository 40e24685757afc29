package se.vinr.plan;

/** The status reported for one activity of the plan this period. */
public record ReportedActivity(String activityId, ActivityStatus status, String comment) {
}
