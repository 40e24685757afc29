package se.vinr.plan;

import java.util.Arrays;
import java.util.Optional;

/** The unit of a plan indicator; {@code text} where the plan asks for a description or a yes/no. */
public enum IndicatorUnit {
    COUNT("count"), PERCENT("percent"), PER_10000("per_10000"), RATIO("ratio"), DAYS("days"), TEXT("text");

    private final String code;

    IndicatorUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IndicatorUnit> fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}
