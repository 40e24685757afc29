package se.vinr.plan;

/**
 * One row of {@code plan_status.csv} as read, before it is checked against the plan.
 *
 * @param line the 1-based physical line where the row starts (the header is line 1)
 * @param activityId an activity id, or the id of a manual indicator whose value the row reports
 * @param status the status code as written, or null when empty
 * @param value the number, or null when empty
 * @param comment free text, or null when empty
 */
public record PlanStatusRow(long line, String activityId, String status, Double value, String comment) {
}
