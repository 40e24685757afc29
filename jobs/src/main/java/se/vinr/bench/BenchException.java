package se.vinr.bench;

/** The benchmark could not finish: a job failed, a child process failed, or a file could not be written. */
public class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
