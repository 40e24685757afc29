package se.vinr.plan;

import java.util.List;
import java.util.Optional;

/** What {@code plan_status.csv} reported for a plan in one period, and the rows that did not fit it. */
public record PlanStatuses(List<ReportedActivity> activities, List<ReportedValue> values,
                           List<PlanStatusReject> rejects) {

    public PlanStatuses {
        activities = List.copyOf(activities);
        values = List.copyOf(values);
        rejects = List.copyOf(rejects);
    }

    /** Nothing reported: a period without {@code plan_status.csv}. */
    public static PlanStatuses none() {
        return new PlanStatuses(List.of(), List.of(), List.of());
    }

    public Optional<ReportedActivity> activity(String activityId) {
        return activities.stream().filter(a -> a.activityId().equals(activityId)).findFirst();
    }

    public Optional<ReportedValue> value(String indicatorId) {
        return values.stream().filter(v -> v.indicatorId().equals(indicatorId)).findFirst();
    }
}
