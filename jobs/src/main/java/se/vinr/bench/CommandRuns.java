package se.vinr.bench;

import java.util.List;

/**
 * One of our commands run several times as a child {@code java -jar vinr.jar} process, as a user runs
 * it: what it costs from launch to exit (the median, steadier than the mean on a shared machine).
 *
 * @param command what was run, as the section names it (for example {@code vinr status})
 */
public record CommandRuns(String command, List<ChildRun> runs) {

    public CommandRuns {
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
