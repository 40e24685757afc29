package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.ops.RealPostgres;
import se.vinr.reports.model.Language;

/**
 * The Spring Batch job repository on a real PostgreSQL server, as a municipality running vinr against
 * its own database server would configure it: Boot creates the schema, and a failed run resumes in
 * the next process at the step that failed.
 */
@ExtendWith(RealPostgres.class)
class PostgresJobRepositoryTest {

    private static final Map<String, String> KEY = Map.of(JobRunner.MUNICIPALITY, "2280", JobRunner.PERIOD, "2026H1");
    private static final Map<String, String> SETTINGS = Map.of(Jobs.INPUT, "/data/exports/2280");

    @Test
    void createsTheBatchSchemaOnFirstUse(RealPostgres.Database database) throws SQLException {
        assertThat(batchTables(database)).isEmpty();

        try (ConfigurableApplicationContext context = start(database, new StepTrace())) {
            assertThat(batchTables(database)).contains("batch_job_instance", "batch_job_execution",
                    "batch_job_execution_params", "batch_step_execution", "batch_job_execution_context",
                    "batch_step_execution_context");
            assertThat(new RunHistory(context.getBean(DataSource.class)).runs()).isEmpty();
        }
    }

    @Test
    void restartsAFailedRunInANewProcessAtTheStepThatFailed(RealPostgres.Database database) {
        StepTrace trace = new StepTrace();
        trace.failPublish = true;
        JobOutcome failed = runInNewContext(database, trace);
        trace.failPublish = false;
        JobOutcome resumed = runInNewContext(database, trace);

        assertThat(failed.completed()).isFalse();
        assertThat(failed.restarted()).isFalse();
        assertThat(failed.failure()).isEqualTo(StepTrace.FAILURE);
        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.restarted()).isTrue();
        assertThat(trace.executed).as("the completed first step is not rerun")
                .containsExactly("prepare", "publish", "publish");
        assertThat(resumed.steps()).extracting(JobOutcome.StepOutcome::step).containsExactly("publish");
    }

    @Test
    void listsTheFailedAndTheResumedExecutionInTheRunHistory(RealPostgres.Database database) throws SQLException {
        StepTrace trace = new StepTrace();
        trace.failPublish = true;
        JobOutcome failed = runInNewContext(database, trace);
        trace.failPublish = false;
        JobOutcome resumed = runInNewContext(database, trace);

        List<RunHistory.Run> runs;
        try (ConfigurableApplicationContext context = start(database, trace)) {
            runs = new RunHistory(context.getBean(DataSource.class)).runs();
        }

        assertThat(runs).extracting(RunHistory.Run::id).containsExactly(failed.executionId(), resumed.executionId());
        assertThat(runs).extracting(RunHistory.Run::outcome).containsExactly("FAILED", "COMPLETED");
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.command()).isEqualTo("run");
            assertThat(run.municipality()).isEqualTo("2280");
            assertThat(run.period()).isEqualTo("2026H1");
            assertThat(run.start()).isNotEmpty();
            assertThat(run.end()).isNotEmpty();
        });
        assertThat(runs.get(0).failure()).isEqualTo(StepTrace.FAILURE);
        assertThat(runs.get(0).restartHint())
                .isEqualTo("vinr run --municipality 2280 --period 2026H1 --input /data/exports/2280");
        assertThat(runs.get(1).failure()).isNull();
        assertThat(runs.get(1).restartHint()).isNull();
    }

    @Test
    void startsAfreshWhenTheFailedRunIsRerunOnAnotherInputFolder(RealPostgres.Database database) {
        StepTrace trace = new StepTrace();
        trace.failPublish = true;
        runInNewContext(database, trace);
        trace.failPublish = false;

        try (ConfigurableApplicationContext context = start(database, trace)) {
            JobOutcome resumed = context.getBean(JobRunner.class).run(Jobs.RUN, KEY,
                    Map.of(Jobs.INPUT, "/data/exports/elsewhere"));

            assertThat(resumed.restarted()).isFalse();
            assertThat(resumed.completed()).isTrue();
            assertThat(context.getBean(JobRepository.class).getJobExecution(resumed.executionId())
                    .getJobParameters().getString(Jobs.INPUT)).isEqualTo("/data/exports/elsewhere");
        }
    }

    @Test
    void startsANewAttemptOnceTheLastOneCompleted(RealPostgres.Database database) {
        StepTrace trace = new StepTrace();
        try (ConfigurableApplicationContext context = start(database, trace)) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobOutcome first = runner.run(Jobs.RUN, KEY, SETTINGS);
            JobOutcome second = runner.run(Jobs.RUN, KEY, SETTINGS);

            assertThat(first.completed()).isTrue();
            assertThat(second.completed()).isTrue();
            assertThat(second.restarted()).isFalse();
            assertThat(trace.executed).containsExactly("prepare", "publish", "prepare", "publish");
        }
    }

    private static JobOutcome runInNewContext(RealPostgres.Database database, StepTrace trace) {
        try (ConfigurableApplicationContext context = start(database, trace)) {
            return context.getBean(JobRunner.class).run(Jobs.RUN, KEY, SETTINGS);
        }
    }

    /** A context like one {@code vinr} command's: its own process' worth of beans, the shared repository. */
    private static ConfigurableApplicationContext start(RealPostgres.Database database, StepTrace trace) {
        return new SpringApplicationBuilder(TwoStepPipeline.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().registerSingleton("stepTrace", trace))
                .run("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.batch.jdbc.initialize-schema=always",
                        "--spring.batch.job.enabled=false");
    }

    private static List<String> batchTables(RealPostgres.Database database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'public' AND table_name LIKE 'batch\\_%'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** What the steps did, kept by the test across contexts; the second step fails while asked to. */
    static final class StepTrace {
        static final String FAILURE = "the publish step failed on purpose";

        final List<String> executed = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failPublish;
    }

    /**
     * Only what a job needs: Boot's batch and data-source auto-configuration, the runner and the history,
     * and one job built as {@link JobsConfiguration} builds the real ones.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({JobRunner.class, RunLock.class})
    static class TwoStepPipeline {

        @Bean(Jobs.RUN)
        Job runJob(JobRepository repository, PlatformTransactionManager transactions, StepTrace trace) {
            return new JobBuilder(Jobs.RUN, repository)
                    .listener(new FailureMessageListener(Path.of("out"), Language.EN))
                    .start(new StepBuilder("prepare", repository).tasklet((contribution, chunk) -> {
                        trace.executed.add("prepare");
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .next(new StepBuilder("publish", repository).tasklet((contribution, chunk) -> {
                        trace.executed.add("publish");
                        if (trace.failPublish) {
                            throw new IllegalStateException(StepTrace.FAILURE);
                        }
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }
    }
}
