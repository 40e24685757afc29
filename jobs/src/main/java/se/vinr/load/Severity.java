package se.vinr.load;

/** How bad a data test finding is: a warning is stored and shown, an error rolls the load back. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** The value stored in {@code meta.data_test_results.severity}. */
    public String code() {
        return code;
    }
}
