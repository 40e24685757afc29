package se.vinr.plan;

import java.util.Arrays;
import java.util.Optional;

/** The follow-up status of an activity, as {@code plan_status.csv} gives it. */
public enum ActivityStatus {
    NOT_STARTED("not_started"), ONGOING("ongoing"), DONE("done");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActivityStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
