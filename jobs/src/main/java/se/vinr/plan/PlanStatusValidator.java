package se.vinr.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.vinr.extract.RejectReason;

/**
 * Checks {@code plan_status.csv} rows against a plan. A row names either an activity (its status) or a
 * manual indicator (its value for the period). Each rejected row gets one reason, the first that
 * applies in the contract's order; plan ids are not personal, so messages show them.
 */
public final class PlanStatusValidator {

    private final ActionPlan plan;

    public PlanStatusValidator(ActionPlan plan) {
        this.plan = plan;
    }

    public PlanStatuses validate(List<PlanStatusRow> rows) {
        List<ReportedActivity> activities = new ArrayList<>();
        List<ReportedValue> values = new ArrayList<>();
        List<PlanStatusReject> rejects = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (PlanStatusRow row : rows) {
            Optional<PlanStatusReject> reject = reject(row);
            if (reject.isPresent()) {
                rejects.add(reject.get());
            } else if (!claimed.add(row.activityId().strip())) {
                rejects.add(new PlanStatusReject(row.line(), "activity_id", RejectReason.DUPLICATE_ID,
                        "'" + row.activityId().strip() + "' is reported more than once; the first row counts"));
            } else {
                accept(row, activities, values);
            }
        }
        return new PlanStatuses(activities, values, rejects);
    }

    private Optional<PlanStatusReject> reject(PlanStatusRow row) {
        String id = blankToNull(row.activityId());
        String status = blankToNull(row.status());
        if (id == null) {
            return reject(row, "activity_id", RejectReason.MISSING_REQUIRED, "activity_id is empty");
        }
        if (status == null) {
            return reject(row, "status", RejectReason.MISSING_REQUIRED, "status is empty for '" + id + "'");
        }
        Optional<ActionPlan.Indicator> indicator = plan.indicator(id);
        if (indicator.isPresent() && indicator.get().isManual() && row.value() == null
                && (indicator.get().unit() != IndicatorUnit.TEXT || blankToNull(row.comment()) == null)) {
            return reject(row, "value", RejectReason.MISSING_REQUIRED, "'" + id
                    + "' is an indicator reported by hand and its row has no "
                    + (indicator.get().unit() == IndicatorUnit.TEXT ? "value or comment" : "value"));
        }
        if (ActivityStatus.fromCode(status).isEmpty()) {
            return reject(row, "status", RejectReason.UNKNOWN_CODE,
                    "status must be not_started, ongoing or done, not '" + status + "'");
        }
        if (indicator.isPresent() && !indicator.get().isManual()) {
            return reject(row, "activity_id", RejectReason.UNKNOWN_CODE, "'" + id
                    + "' is an indicator computed from the data (" + indicator.get().computed()
                    + "); it cannot be reported by hand");
        }
        if (indicator.isEmpty() && plan.activity(id).isEmpty()) {
            return reject(row, "activity_id", RejectReason.UNKNOWN_CODE, "'" + id
                    + "' is neither an activity nor a hand-reported indicator of the action plan for municipality "
                    + plan.municipality());
        }
        return Optional.empty();
    }

    private void accept(PlanStatusRow row, List<ReportedActivity> activities, List<ReportedValue> values) {
        String id = row.activityId().strip();
        String comment = blankToNull(row.comment());
        if (plan.activity(id).isPresent()) {
            activities.add(new ReportedActivity(id, ActivityStatus.fromCode(row.status().strip()).orElseThrow(), comment));
        } else {
            values.add(new ReportedValue(id, row.value(), comment));
        }
    }

    private static Optional<PlanStatusReject> reject(PlanStatusRow row, String field, RejectReason reason,
                                                     String message) {
        return Optional.of(new PlanStatusReject(row.line(), field, reason, message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
