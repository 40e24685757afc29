package se.vinr.extract.validate;

import se.vinr.extract.RejectReason;

/**
 * A rejected row, as it goes to {@code rejects.csv}: file, line where the row starts, the field at
 * fault (the key's fields joined by {@code +} for a duplicate, empty for a malformed row), the reason
 * and a message in the user's language that never holds an identifier's value.
 */
public record Rejection(String file, long line, String field, RejectReason reason, String message)
        implements ValidationResult {
}
