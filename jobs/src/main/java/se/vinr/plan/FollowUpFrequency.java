package se.vinr.plan;

import java.util.Arrays;
import java.util.Optional;

/** How often the plan says it is followed up. */
public enum FollowUpFrequency {
    YEARLY("yearly"), HALF_YEARLY("half_yearly"), NONE_STATED("none_stated");

    private final String code;

    FollowUpFrequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FollowUpFrequency> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
