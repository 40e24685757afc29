package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

/**
 * Two installations sharing one PostgreSQL job repository, each with its own output folder: a run
 * marked as running is taken for dead, and resumed, only when no live process holds its
 * {@link RunLock}. The other installation is a real process, killed with {@code kill -9} as a power cut
 * would stop it.
 */
@ExtendWith(RealPostgres.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunLockTest {

    static final Map<String, String> KEY = Map.of(JobRunner.MUNICIPALITY, "2280", JobRunner.PERIOD, "2026H1");
    static final String INPUT = "/data/exports/2280";

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aLiveRunElsewhereIsNotTakenForDeadAndOnceItDiesTheNextRunResumesIt(RealPostgres.Database database)
            throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunHolder.class.getName(),
                database.url(), database.user(), database.password())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitLine(holder, "publishing");
            GatedPipeline.Trace trace = new GatedPipeline.Trace();
            try (ConfigurableApplicationContext context = start(database, trace)) {
                JobRunner runner = context.getBean(JobRunner.class);

                Throwable refused = catchThrowable(() -> runner.run(Jobs.RUN, KEY, Map.of(Jobs.INPUT, INPUT)));

                assertThat(refused).isInstanceOf(RunLock.InUseException.class).hasMessage("another vinr run is"
                        + " running run for municipality 2280, period 2026H1 with the same job repository; wait until"
                        + " it has finished and try again");
                assertThat(outcomes(context)).as("the live run was left alone").containsExactly("RUNNING");
                assertThat(holder.isAlive()).isTrue();

                holder.destroyForcibly();
                assertThat(holder.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                awaitNoAdvisoryLock(database);

                JobOutcome resumed = runner.run(Jobs.RUN, KEY, Map.of(Jobs.INPUT, INPUT));

                assertThat(resumed.completed()).isTrue();
                assertThat(resumed.restarted()).isTrue();
                assertThat(trace.executed).as("resumed at the step the dead run was in").containsExactly("publish");
                assertThat(outcomes(context)).containsExactly("FAILED: " + JobRunner.INTERRUPTED, "COMPLETED");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aFinishedRunLeavesTheLockFreeForTheOtherInstallation(RealPostgres.Database database) {
        GatedPipeline.Trace trace = new GatedPipeline.Trace();
        try (ConfigurableApplicationContext first = start(database, trace);
             ConfigurableApplicationContext second = start(database, trace)) {
            JobOutcome once = first.getBean(JobRunner.class).run(Jobs.RUN, KEY, Map.of(Jobs.INPUT, INPUT));
            JobOutcome again = second.getBean(JobRunner.class).run(Jobs.RUN, KEY, Map.of(Jobs.INPUT, INPUT));

            assertThat(once.completed()).isTrue();
            assertThat(again.completed()).as("not refused while the first context's pool stays open").isTrue();
            assertThat(trace.executed).containsExactly("prepare", "publish", "prepare", "publish");
        }
    }

    @Test
    void theLockKeyDependsOnTheJobAndEveryKeyValue() {
        long run = RunLock.lockKey(Jobs.RUN, KEY);

        assertThat(RunLock.lockKey(Jobs.RUN, Map.of(JobRunner.PERIOD, "2026H1", JobRunner.MUNICIPALITY, "2280")))
                .as("whatever the map's order").isEqualTo(run);
        assertThat(List.of(RunLock.lockKey(Jobs.EXTRACT, KEY),
                RunLock.lockKey(Jobs.RUN, Map.of(JobRunner.MUNICIPALITY, "2281", JobRunner.PERIOD, "2026H1")),
                RunLock.lockKey(Jobs.RUN, Map.of(JobRunner.MUNICIPALITY, "2280", JobRunner.PERIOD, "2026H2"))))
                .doesNotContain(run).doesNotHaveDuplicates();
    }

    private static ConfigurableApplicationContext start(RealPostgres.Database database, GatedPipeline.Gate gate) {
        return GatedPipeline.start(database.url(), database.user(), database.password(), gate);
    }

    /** Each run in the history, oldest first: its outcome and, for a failure, the reason. */
    private static List<String> outcomes(ConfigurableApplicationContext context) throws SQLException {
        return new RunHistory(context.getBean(DataSource.class)).runs().stream()
                .map(run -> run.failure() == null ? run.outcome() : run.outcome() + ": " + run.failure())
                .toList();
    }

    private static void awaitLine(Process process, String expected) throws Exception {
        BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = said.readLine(); line != null; line = said.readLine()) {
                    if (line.equals(expected)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(seen.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the other process said " + expected).isTrue();
    }

    /** The server ends a killed client's session, and its advisory locks, once it sees the connection drop. */
    private static void awaitNoAdvisoryLock(RealPostgres.Database database) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (advisoryLocks(database) > 0) {
            assertThat(System.nanoTime()).as("the killed process' lock was released").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int advisoryLocks(RealPostgres.Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * A {@code vinr}-like application on a shared job repository: Boot's batch and data-source
     * auto-configuration, the runner with its lock, the history, and a run job of two steps whose second
     * passes a {@link Gate} that decides how long it takes.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({JobRunner.class, RunLock.class})
    static class GatedPipeline {

        static final String PREPARE = "prepare";
        static final String PUBLISH = "publish";

        /** What the publish step waits for; it records every step it is told of. */
        interface Gate {
            void pass(String step);
        }

        /** A gate that lets every step through at once and remembers which ran. */
        static final class Trace implements Gate {
            final List<String> executed = Collections.synchronizedList(new ArrayList<>());

            @Override
            public void pass(String step) {
                executed.add(step);
            }
        }

        /** The context of one process' command, on the job repository at {@code url}. */
        static ConfigurableApplicationContext start(String url, String user, String password, Gate gate) {
            return new SpringApplicationBuilder(GatedPipeline.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .initializers(context -> context.getBeanFactory().registerSingleton("gate", gate))
                    .run("--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + password,
                            "--spring.batch.jdbc.initialize-schema=always",
                            "--spring.batch.job.enabled=false");
        }

        @Bean(Jobs.RUN)
        Job runJob(JobRepository repository, PlatformTransactionManager transactions, Gate gate) {
            return new JobBuilder(Jobs.RUN, repository)
                    .start(new StepBuilder(PREPARE, repository).tasklet((contribution, chunk) -> {
                        gate.pass(PREPARE);
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .next(new StepBuilder(PUBLISH, repository).tasklet((contribution, chunk) -> {
                        gate.pass(PUBLISH);
                        return RepeatStatus.FINISHED;
                    }, transactions).build())
                    .build();
        }
    }
}
