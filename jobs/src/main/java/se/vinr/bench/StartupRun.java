package se.vinr.bench;

import java.util.List;

/** {@code vinr extract} on a one-row package, several times: what a command costs before its first row. */
public record StartupRun(List<ChildRun> runs) {

    public StartupRun {
        runs = List.copyOf(runs);
    }

    public double medianSeconds() {
        List<Double> seconds = runs.stream().map(ChildRun::seconds).sorted().toList();
        int middle = seconds.size() / 2;
        return seconds.size() % 2 == 1 ? seconds.get(middle) : (seconds.get(middle - 1) + seconds.get(middle)) / 2;
    }

    public long peakRssKb() {
        return runs.stream().mapToLong(ChildRun::peakRssKb).max().orElse(0);
    }

    public boolean succeeded() {
        return runs.stream().allMatch(ChildRun::succeeded);
    }

    public ChildRun firstFailure() {
        return runs.stream().filter(r -> !r.succeeded()).findFirst().orElse(null);
    }
}
