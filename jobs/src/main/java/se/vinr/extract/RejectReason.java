package se.vinr.extract;

/** The contract's reason codes (section 4), in the order in which they are judged. */
public enum RejectReason {
    MALFORMED_ROW("malformed_row"),
    MISSING_REQUIRED("missing_required"),
    INVALID_PERSON_ID("invalid_person_id"),
    INVALID_DATE("invalid_date"),
    UNKNOWN_CODE("unknown_code"),
    /** A name or free-text field holding a personal number, a control character or over-long text. */
    INVALID_TEXT("invalid_text"),
    CLOSED_BEFORE_OPENED("closed_before_opened"),
    OUT_OF_PERIOD("out_of_period"),
    DUPLICATE_ID("duplicate_id");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
