package se.vinr.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A job ran and failed: bad input over the reject limit, a refused load, a failed step. */
    public static final int JOB_FAILED = 1;
    /** The command line was wrong: unknown or missing option, bad value. */
    public static final int USAGE = 2;
    /** The output folder cannot be used: not writable, full, or in use by another run. */
    public static final int OUTPUT_FOLDER = 3;
    /** The configuration or key is missing or unusable. */
    public static final int CONFIGURATION = 4;

    private ExitCodes() {
    }
}
