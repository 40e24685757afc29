package se.vinr.extract.person;

/**
 * A value that is not a valid personal identity number or co-ordination number.
 *
 * <p>The message never contains the value itself, only its {@linkplain IdMask#mask(String) masked
 * description}, so it may be written to rejects and logs. Checked, so that every caller decides where the
 * row goes (docs/contract.md#4-rejects: every row ends in the output or in the rejects). No stack trace is
 * recorded: this is an expected outcome of validating input, thrown once per bad row, not a bug.
 */
public final class InvalidPersonIdException extends Exception {

    /** Why a value was refused, in the order the checks are made. */
    public enum Reason {
        /** Characters other than digits and one {@code -} or {@code +}, or that separator out of place. */
        WRONG_FORMAT,
        /** Not 10 or 12 digits (including an empty value). */
        WRONG_LENGTH,
        /** The Luhn check digit over the 10-digit form does not match. */
        WRONG_CHECK_DIGIT,
        /** No real date (e.g. 30 February, day 92), or a century other than 18, 19 or 20. */
        INVALID_DATE,
        /** A 12-digit form whose birth date lies after the reference date. */
        BIRTH_AFTER_REFERENCE
    }

    private final Reason reason;

    InvalidPersonIdException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
