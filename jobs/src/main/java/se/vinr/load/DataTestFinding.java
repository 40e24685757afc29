package se.vinr.load;

/** One finding of a data test, with its message in English and Swedish. */
public record DataTestFinding(String check, Severity severity, String message, String messageSv) {
}
