package se.vinr.bench;

import java.util.List;
import java.util.Optional;

/**
 * One whole benchmark run, as appended to {@code BENCHMARKS.md}.
 *
 * @param failures one sentence per scenario that did not finish
 * @param startup the commands timed from launch to exit; empty when the run made no child processes
 *                ({@code --in-process})
 * @param demo null likewise
 * @param millionRows null likewise
 */
public record BenchRun(String started, String toolVersion, Machine machine, List<ScenarioResult> scenarios,
                       List<String> failures, List<CommandRuns> startup, CommandRuns demo, MillionRowRun millionRows) {

    public BenchRun {
        scenarios = List.copyOf(scenarios);
        failures = List.copyOf(failures);
        startup = List.copyOf(startup);
    }

    /** The timing of one start-up command, if it was measured. */
    public Optional<CommandRuns> startupOf(String command) {
        return startup.stream().filter(c -> c.command().equals(command)).findFirst();
    }
}
