package se.vinr.bench;

/**
 * Issue #3's memory bound: our extract of a 1,000,000-row {@code cases.csv} in a JVM with
 * {@code -Xmx256m}, as a child process.
 *
 * @param rowsRead what the manifest says was read from {@code cases.csv} (0 when there is no manifest)
 */
public record MillionRowRun(ChildRun run, long rows, long rowsRead, int heapMb) {

    public boolean completed() {
        return run.succeeded() && rowsRead == rows;
    }

    public Double rowsPerSecond() {
        return run.seconds() <= 0 ? null : rows / run.seconds();
    }
}
