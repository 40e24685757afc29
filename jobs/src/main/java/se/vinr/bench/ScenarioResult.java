package se.vinr.bench;

import java.util.List;

/**
 * Everything measured for one scenario.
 *
 * @param heapMb the maximum heap of the JVM that ran it
 * @param reported the municipalities whose last half-year was reported
 * @param reportCost the report job's wall time over all reports made (it computes the indicators too)
 * @param contexts starting and closing our application, once per municipality
 * @param national loading the national reference seeds once into the warehouse
 * @param generation writing the synthetic input (not part of any stage)
 * @param oursRowsRead data rows our extract read; with written and rejected: rows read = written + rejected
 * @param baselineRowsKept rows the baseline wrote to Parquet (it drops failing rows instead of rejecting them)
 * @param peaksPerStage whether each peak is of its stage alone (else of the process so far)
 * @param processPeakRssKb the peak of the scenario's whole process as seen from outside, 0 if run in-process
 * @param processSeconds the wall time of that process, 0 if run in-process
 */
public record ScenarioResult(String scenario, ScenarioSize size, long heapMb, List<String> reported,
                             List<StageResult> stages, Measurement reportCost, int reports,
                             Measurement contexts, int contextCount, Measurement national, Measurement generation,
                             long oursRowsRead, long oursRowsWritten, long oursRowsRejected, long baselineRowsKept,
                             boolean peaksPerStage, String duckdbVersion,
                             long processPeakRssKb, double processSeconds) {

    public ScenarioResult {
        reported = List.copyOf(reported);
        stages = List.copyOf(stages);
    }

    public StageResult stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    /** The same result as seen from the parent process that ran it. */
    public ScenarioResult withProcess(long peakRssKb, double seconds) {
        return new ScenarioResult(scenario, size, heapMb, reported, stages, reportCost, reports, contexts, contextCount,
                national, generation, oursRowsRead, oursRowsWritten, oursRowsRejected, baselineRowsKept,
                peaksPerStage, duckdbVersion, peakRssKb, seconds);
    }
}
