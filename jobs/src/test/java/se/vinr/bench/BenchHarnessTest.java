package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;

/**
 * The benchmark end to end on the tiny scenario through the real pipeline (extract, load, national,
 * report) and the baseline, in-process: not timed, only there so the harness cannot rot.
 */
class BenchHarnessTest {

    @Test
    void runsTheTinyScenarioThroughTheWholePipelineAndAppendsItsTable(@TempDir Path dir) throws Exception {
        BenchHarness harness = new BenchHarness(PipelineContexts.of(new ApplicationStarter(), null), line -> { });

        BenchRun run = harness.run(new BenchHarness.Options(List.of("tiny"), dir.resolve("bench"), true, null, 1,
                null, null, null));

        assertThat(run.failures()).isEmpty();
        assertThat(run.startup()).isEmpty();
        assertThat(run.demo()).isNull();
        assertThat(run.millionRows()).isNull();
        ScenarioResult tiny = run.scenarios().get(0);
        String code = tiny.reported().get(0);
        assertThat(tiny.oursRowsRead()).isEqualTo(tiny.size().inputRows());
        assertThat(tiny.oursRowsWritten() + tiny.oursRowsRejected()).isEqualTo(tiny.oursRowsRead());
        assertThat(tiny.reports()).isEqualTo(1);
        assertThat(dir.resolve("bench/tiny/ours/reports").resolve(code).resolve("2025H2/rapport.html")).isRegularFile();
        assertThat(dir.resolve("bench/tiny/ours/warehouse.duckdb")).isRegularFile();
        for (Stage stage : List.of(Stage.EXTRACT, Stage.LOAD, Stage.REPORT, Stage.TOTAL)) {
            assertThat(tiny.stage(stage).ours().seconds()).as(stage.label()).isPositive();
        }

        Path benchmarks = dir.resolve("BENCHMARKS.md");
        BenchmarksMarkdown.append(benchmarks, BenchmarksMarkdown.section(run));
        String text = Files.readString(benchmarks);
        assertThat(text).startsWith("# Benchmarks\n").contains(BenchmarksMarkdown.MAIN_HEADER);
        for (Stage stage : Stage.values()) {
            assertThat(text).contains("| tiny | " + stage.label() + " | ");
        }
    }
}
