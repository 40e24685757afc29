package se.vinr.extract.validate;

/** A person id that is not valid, and why; it never carries the value itself. */
public final class InvalidPersonId extends Exception {

    /** Why an id is not valid; each gives the analyst a different hint. */
    public enum Problem {
        /** Not one of the accepted forms (wrong length, letters, misplaced separator). */
        FORMAT,
        /** The Luhn check digit does not match. */
        CHECK_DIGIT,
        /** The digits hold no real date (for a samordningsnummer, after taking 60 from the day). */
        DATE
    }

    private final Problem problem;

    public InvalidPersonId(Problem problem) {
        // No stack trace: thousands of these may be thrown for one bad file, and none is a bug.
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
