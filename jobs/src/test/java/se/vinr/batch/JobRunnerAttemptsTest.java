package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The runner finds the latest attempt of the work it is asked for by the work's key alone, among many
 * other runs in the same job repository: a failed attempt is resumed at the step that failed, and a
 * completed one makes the next run a new attempt, numbered one higher.
 */
class JobRunnerAttemptsTest {

    private static final Map<String, String> WORK = key("2280", "2026H1");

    @Test
    void resumesTheFailedAttemptAndNumbersTheNextOneWhateverElseTheRepositoryHolds() {
        AtomicBoolean publishFails = new AtomicBoolean();
        List<String> executed = new ArrayList<>();
        RunLockTest.GatedPipeline.Gate gate = step -> {
            executed.add(step);
            if (publishFails.get() && step.equals(RunLockTest.GatedPipeline.PUBLISH)) {
                throw new IllegalStateException("the warehouse is full");
            }
        };
        try (ConfigurableApplicationContext context = RunLockTest.GatedPipeline.start(
                "jdbc:h2:mem:attempts;DB_CLOSE_DELAY=-1", "sa", "", gate)) {
            JobRunner runner = context.getBean(JobRunner.class);
            othersRun(runner, "2281");

            publishFails.set(true);
            JobOutcome failed = runner.run(Jobs.RUN, WORK, Map.of(Jobs.INPUT, "/data/2280"));
            publishFails.set(false);
            othersRun(runner, "2282");
            executed.clear();
            JobOutcome resumed = runner.run(Jobs.RUN, WORK, Map.of(Jobs.INPUT, "/data/2280"));
            List<String> resumedSteps = List.copyOf(executed);
            executed.clear();
            JobOutcome again = runner.run(Jobs.RUN, WORK, Map.of(Jobs.INPUT, "/data/2280"));

            assertThat(failed.completed()).isFalse();
            assertThat(resumed.completed()).isTrue();
            assertThat(resumed.restarted()).isTrue();
            assertThat(resumedSteps).as("resumed at the step that failed").containsExactly("publish");
            assertThat(again.restarted()).as("a completed attempt is not resumed").isFalse();
            assertThat(executed).containsExactly("prepare", "publish");
            JobRepository repository = context.getBean(JobRepository.class);
            assertThat(repository.getJobInstance(Jobs.RUN, attempt(WORK, 2))).as("the second attempt").isNotNull();
            assertThat(repository.getJobInstance(Jobs.RUN, attempt(WORK, 3))).isNull();
            assertThat(repository.getLastJobExecution(repository.getJobInstance(Jobs.RUN, attempt(WORK, 1)))
                    .getStatus().isUnsuccessful()).as("the first attempt's second execution completed").isFalse();
        }
    }

    /** A municipality's twenty half-years, each run once: history the runner must not mistake for the work. */
    private static void othersRun(JobRunner runner, String municipality) {
        for (int year = 2016; year <= 2025; year++) {
            for (String half : List.of("H1", "H2")) {
                assertThat(runner.run(Jobs.RUN, key(municipality, year + half), Map.of(Jobs.INPUT, "/data"))
                        .completed()).isTrue();
            }
        }
    }

    private static Map<String, String> key(String municipality, String period) {
        return Map.of(JobRunner.MUNICIPALITY, municipality, JobRunner.PERIOD, period);
    }

    private static org.springframework.batch.core.job.parameters.JobParameters attempt(Map<String, String> key,
                                                                                         long number) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        key.forEach((name, value) -> parameters.addString(name, value, true));
        return parameters.addLong(JobRunner.ATTEMPT, number, true).toJobParameters();
    }
}
