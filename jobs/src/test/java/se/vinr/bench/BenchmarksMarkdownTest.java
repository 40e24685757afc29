package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksMarkdownTest {

    private static final Machine MACHINE = new Machine(2, 24_000, "Test CPU", "Linux 6.1 amd64", "OpenJDK 17");

    @Test
    void theMainTableHasExactlyTheAgreedColumnsAndOneRowPerStage() {
        String section = BenchmarksMarkdown.section(run(scenario(), List.of(), null, null));

        assertThat(section).contains("\n| scenario | stage | rows | ours_s | baseline_s | ratio | peak_rss_mb |\n"
                + "|---|---|---|---|---|---|---|\n");
        assertThat(section).contains("| S | extract | 1000 | 2.00 | 0.50 | 4.0 | 300 |\n");
        assertThat(section).contains("| S | load | 1000 | 1.00 | 0.25 | 4.0 | 310 |\n");
        assertThat(section).contains("| S | indicators | 400 | 0.30 | 0.10 | 3.0 | 320 |\n");
        assertThat(section).contains("| S | report | 400 | 0.70 | — | — | 320 |\n");
        assertThat(section).contains("| S | total | 1000 | 5.00 | 0.85 | 5.9 | 320 |\n");
    }

    @Test
    void statesRowsPerSecondMachineAndReportCost() {
        String section = BenchmarksMarkdown.section(run(scenario(), List.of(), null, null));

        assertThat(section).contains("Machine: 2 cores (Test CPU), 23.4 GiB memory");
        assertThat(section).contains("| S | extract | 500 | 2000 | 2.1 | 0.9 | 150 |");
        assertThat(section).contains("Report cost, S: 1 report in 1.0 s, 1.0 s each");
    }

    @Test
    void saysPlainlyWhenTheMillionRowExtractDidNotComplete() {
        ChildRun failed = new ChildRun(List.of("java"), 40.0, 262_144, 1, Path.of("run.log"));
        ChildRun fine = new ChildRun(List.of("java"), 3.0, 200_000, 0, Path.of("startup.log"));
        String section = BenchmarksMarkdown.section(run(scenario(), List.of(new CommandRuns(
                ChildMeasurements.EXTRACT_ONE_ROW, List.of(fine, fine, fine))), null,
                new MillionRowRun(failed, 1_000_000, 0, 256)));

        assertThat(section).contains("1,000,000-row cases.csv, `java -Xmx256m -jar vinr.jar extract`: DID NOT COMPLETE");
        assertThat(section).contains("Start-up: `vinr extract (one row)`").contains("median 3.00 s");
    }

    @Test
    void setsEachTargetBesideWhatWasMeasuredAndNeverCountsAMissingMeasurementAsMet() {
        ChildRun quick = new ChildRun(List.of("java"), 0.8, 100_000, 0, Path.of("status.log"));
        ChildRun slow = new ChildRun(List.of("java"), 1.4, 100_000, 0, Path.of("status.log"));
        ChildRun demo = new ChildRun(List.of("java"), 21.0, 300_000, 0, Path.of("demo.log"));
        String section = BenchmarksMarkdown.section(run(scenario(), List.of(
                new CommandRuns(ChildMeasurements.STATUS, List.of(quick, slow, quick)),
                new CommandRuns(ChildMeasurements.EXTRACT_ONE_ROW, List.of(slow, slow, slow))),
                new CommandRuns(ChildMeasurements.DEMO, List.of(demo)), null));

        assertThat(section).contains("### Targets (issue 18)");
        assertThat(section).contains("| `vinr status` under 1 s | 0.80 s (median of 3) | met |");
        assertThat(section).contains("| first input row of `vinr extract` under 2 s (the whole one-row run, an upper "
                + "bound) | 1.40 s (median of 3) | met |");
        assertThat(section).contains("| the demo (its default ten half-years) under 15 s | 21.00 s | **missed** |");
        // The test scenario's total is 5 s.
        assertThat(section).contains("| S end to end under 15 s | 5.00 s | met |");
        assertThat(section).contains("| `vinr keygen` under 2 s | — | not measured |");
        assertThat(section).contains("| extract within 3× DuckDB alone at N | — | not measured |");
    }

    @Test
    void judgesNAgainstTheBaselineOverLoadAndPublishTogether() {
        ScenarioResult s = scenario();
        ScenarioResult n = new ScenarioResult("N", s.size(), 1024, s.reported(), s.stages(), s.reportCost(), 1,
                s.contexts(), 1, s.national(), s.generation(), 1000, 998, 2, 997, true, "v2.0.0", 0, 0);

        List<Targets.Check> checks = Targets.of(new BenchRun("now", "test", MACHINE, List.of(n), List.of(), List.of(),
                null, null));

        // load 1.0 + publish 0.3 against 0.25 + 0.1: 3.7×; extract 2.0 against 0.5: 4.0×.
        assertThat(checks).contains(new Targets.Check("load + publish within 1.5× DuckDB alone at N", "3.7×",
                Targets.Verdict.MISSED), new Targets.Check("extract within 3× DuckDB alone at N", "4.0×",
                Targets.Verdict.MISSED));
    }

    @Test
    void appendsSectionsToOneFileUnderATitle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");

        BenchmarksMarkdown.append(file, "\n## first\n");
        BenchmarksMarkdown.append(file, "\n## second\n");

        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## first\n\n## second\n");
    }

    private static BenchRun run(ScenarioResult scenario, List<CommandRuns> startup, CommandRuns demo,
                                MillionRowRun million) {
        return new BenchRun("2026-11-24 12:00", "test", MACHINE, List.of(scenario), List.of(), startup, demo, million);
    }

    private static ScenarioResult scenario() {
        Measurement report = new Measurement(1.0, 1.2, 320 * 1024);
        List<StageResult> stages = List.of(
                new StageResult(Stage.EXTRACT, 1000, new Measurement(2.0, 2.1, 300 * 1024),
                        new Measurement(0.5, 0.9, 150 * 1024)),
                new StageResult(Stage.LOAD, 1000, new Measurement(1.0, 1.0, 310 * 1024),
                        new Measurement(0.25, 0.3, 160 * 1024)),
                new StageResult(Stage.INDICATORS, 400, report.withSeconds(0.3), new Measurement(0.1, 0.1, 170 * 1024)),
                new StageResult(Stage.REPORT, 400, report.withSeconds(0.7), null),
                new StageResult(Stage.TOTAL, 1000, new Measurement(5.0, 5.5, 320 * 1024),
                        new Measurement(0.85, 1.3, 170 * 1024)));
        return new ScenarioResult("S", new ScenarioSize(1, 20, 25_000, 1000, 150_000, Map.of("cases.csv", 1000L)), 512,
                List.of("2280"), stages, report, 1, new Measurement(2.0, 2.0, 0), 1, Measurement.NONE, Measurement.NONE,
                1000, 998, 2, 997, true, "v2.0.0", 0, 0);
    }
}
