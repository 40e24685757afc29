package se.vinr.bench;

import java.util.List;

/**
 * One whole benchmark run, as appended to {@code BENCHMARKS.md}.
 *
 * @param failures one sentence per scenario that did not finish
 * @param startup null when the run made no child processes ({@code --in-process})
 * @param millionRows null likewise
 */
public record BenchRun(String started, String toolVersion, Machine machine, List<ScenarioResult> scenarios,
                       List<String> failures, StartupRun startup, MillionRowRun millionRows) {

    public BenchRun {
        scenarios = List.copyOf(scenarios);
        failures = List.copyOf(failures);
    }
}
