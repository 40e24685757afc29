package se.vinr.reports.model;

/** The unit of an indicator value, as written in {@code indicators.csv}. */
public enum Unit {
    COUNT("count"), PERCENT("percent"), PER_10000("per_10000"), RATIO("ratio"), DAYS("days");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Unit fromCode(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + code + "'");
    }
}
