package se.vinr.extract.validate;

/** What validation makes of one row: a {@link Validated} row or a {@link Rejection}, never both. */
public sealed interface ValidationResult permits Validated, Rejection {
}
