package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.core.ProjectFiles;

/**
 * The harness's own logic with our pipeline replaced by a job runner that records what it is asked to
 * run: which jobs, in which order, for which packages, and how the step outcomes become the table.
 */
class ScenarioRunnerTest {

    private final ProjectFiles seeds = ProjectFiles.of(null, "seeds");
    private final ProjectFiles sql = ProjectFiles.of(null, "sql");

    @Test
    void runsNationalOnceThenExtractsEveryHalfYearLoadsThemInOneJobAndReportsTheLast(@TempDir Path dir) throws Exception {
        RecordingRunner runner = new RecordingRunner();
        Scenario tiny = new Scenarios(Populations.fromSeeds(seeds)).named("tiny", 1);
        String code = tiny.sites().get(0).municipality().code();

        List<String> computed = new ArrayList<>();
        OurIndicators indicators = (context, municipality, period) -> {
            computed.add(municipality + " " + period);
            return 1;
        };

        ScenarioResult result = new ScenarioRunner(contexts(runner), indicators, seeds, sql, line -> { })
                .run(tiny, dir.resolve("tiny"), BenchKey.at(dir.resolve("bench.key")).file());

        assertThat(computed).containsExactly(code + " 2025H2");
        assertThat(runner.calls).containsExactly(
                Jobs.NATIONAL + " {scope=national}",
                Jobs.EXTRACT + " " + code + " 2025H1", Jobs.EXTRACT + " " + code + " 2025H2",
                Jobs.LOAD + " " + code + " 2025H1..2025H2",
                Jobs.REPORT + " " + code + " 2025H2");
        assertThat(runner.inputs).containsExactly(dir.resolve("tiny/input").resolve(code).resolve("2025H1").toString(),
                dir.resolve("tiny/input").resolve(code).resolve("2025H2").toString());
        assertThat(result.oursRowsRead()).isEqualTo(2 * RecordingRunner.READ);
        assertThat(result.oursRowsRejected()).isEqualTo(2 * RecordingRunner.REJECTED);
        assertThat(result.contextCount()).isEqualTo(1);
        assertThat(result.reports()).isEqualTo(1);
        assertThat(result.stage(Stage.INDICATORS).ours()).isNotNull();
    }

    @Test
    void putsTheBaselineOnTheSameFilesBesideOurs(@TempDir Path dir) throws Exception {
        Scenario tiny = new Scenarios(Populations.fromSeeds(seeds)).named("tiny", 1);

        ScenarioResult result = runner(new RecordingRunner())
                .run(tiny, dir.resolve("tiny"), BenchKey.at(dir.resolve("bench.key")).file());

        assertThat(result.stages()).extracting(StageResult::stage).containsExactly(Stage.values());
        assertThat(result.stage(Stage.EXTRACT).rows()).isEqualTo(result.size().inputRows()).isPositive();
        assertThat(result.stage(Stage.EXTRACT).baseline().seconds()).isPositive();
        assertThat(result.stage(Stage.INDICATORS).baseline()).isNotNull();
        assertThat(result.stage(Stage.REPORT).baseline()).isNull();
        assertThat(result.baselineRowsKept()).isPositive().isLessThanOrEqualTo(result.size().inputRows());
        assertThat(result.duckdbVersion()).startsWith("v");
        assertThat(Files.exists(dir.resolve("tiny/baseline/warehouse.duckdb"))).isTrue();
        String section = BenchmarksMarkdown.section(new BenchRun("now", "test", Machine.describe(), List.of(result),
                List.of(), List.of(), null, null));
        assertThat(section).contains(BenchmarksMarkdown.MAIN_HEADER);
        for (Stage stage : Stage.values()) {
            assertThat(section).contains("| tiny | " + stage.label() + " | ");
        }
    }

    @Test
    void aSecondRunStartsFromNothing(@TempDir Path dir) throws Exception {
        Scenario tiny = new Scenarios(Populations.fromSeeds(seeds)).named("tiny", 1);
        Path key = BenchKey.at(dir.resolve("bench.key")).file();
        ScenarioRunner runner = runner(new RecordingRunner());

        ScenarioResult first = runner.run(tiny, dir.resolve("tiny"), key);
        ScenarioResult second = runner.run(tiny, dir.resolve("tiny"), key);

        assertThat(second.size()).isEqualTo(first.size());
        assertThat(second.baselineRowsKept()).isEqualTo(first.baselineRowsKept());
    }

    private ScenarioRunner runner(RecordingRunner jobs) {
        return new ScenarioRunner(contexts(jobs), (context, municipality, period) -> 0, seeds, sql, line -> { });
    }

    private static PipelineContexts contexts(RecordingRunner runner) {
        return (out, warehouse, keyFile) -> {
            GenericApplicationContext context = new GenericApplicationContext();
            context.registerBean(JobRunner.class, () -> runner);
            context.refresh();
            return context;
        };
    }

    /** Completes every job at once, with one extract step's counts. */
    private static final class RecordingRunner extends JobRunner {
        static final long READ = 120;
        static final long REJECTED = 3;
        final List<String> calls = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();

        RecordingRunner() {
            super(null, null, Map.of(), null, null);
        }

        @Override
        public JobOutcome run(String jobName, Map<String, String> key, Map<String, String> settings) {
            calls.add(key.containsKey(FROM) ? jobName + " " + key.get(MUNICIPALITY) + " " + key.get(FROM) + ".." + key.get(TO)
                    : key.containsKey(MUNICIPALITY) ? jobName + " " + key.get(MUNICIPALITY) + " " + key.get(PERIOD)
                    : jobName + " " + key);
            List<JobOutcome.StepOutcome> steps = new ArrayList<>();
            if (jobName.equals(Jobs.EXTRACT)) {
                inputs.add(settings.get(Jobs.INPUT));
                steps.add(new JobOutcome.StepOutcome("extract-cases", "COMPLETED", READ, READ - REJECTED, REJECTED, 1));
                steps.add(new JobOutcome.StepOutcome("extract-manifest", "COMPLETED", 0, 0, 0, 1));
            }
            return new JobOutcome(jobName, calls.size(), true, false, null, false, steps);
        }
    }
}
