package se.vinr.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@code java} child process the benchmark ran and watched: its wall time, the highest resident
 * memory seen while polling it every 50 ms, and its exit code.
 */
public record ChildRun(List<String> command, double seconds, long peakRssKb, int exitCode, Path log) {

    public ChildRun {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
