package se.vinr.reports.model;

/** The outcome of comparing a value's interval with a reference value (docs/contract.md#5a-indicators). */
public enum Comparison {
    HIGHER("higher"), SIMILAR("similar"), LOWER("lower"), NOT_COMPARED("not_compared");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Comparison fromCode(String code) {
        for (Comparison c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + code + "'");
    }
}
