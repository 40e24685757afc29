package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** The one sentence a failed job is told by. */
class JobRunnerFailureTest {

    @Test
    void stepsThatFailedSideBySideAreToldByTheSameStepWhateverOrderTheyEndedIn() {
        for (List<String> order : List.of(List.of("extract-interventions", "extract-cases"),
                List.of("extract-cases", "extract-interventions"))) {
            JobExecution execution = new JobExecution(1, new JobInstance(1, "extractJob"), new JobParameters());
            for (String step : order) {
                StepExecution failed = new StepExecution(step, execution);
                failed.addFailureException(new UserFacingException("the file " + step.substring(8) + ".csv failed"));
                execution.addStepExecution(failed);
            }

            assertThat(JobRunner.firstFailure(execution)).as("ended in the order %s", order)
                    .isEqualTo("the file cases.csv failed");
        }
    }

    @Test
    void aUserFacingSentenceIsToldRatherThanTheCauseUnderIt() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "loadJob"), new JobParameters());
        execution.addFailureException(new IllegalStateException("wrapped",
                new UserFacingException("the warehouse is in use", new IllegalStateException("lock"))));

        assertThat(JobRunner.firstFailure(execution)).isEqualTo("the warehouse is in use");
    }
}
