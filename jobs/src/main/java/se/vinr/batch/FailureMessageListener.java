package se.vinr.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Makes a failed job's exit description the one readable sentence of its failure. The job repository
 * keeps no exceptions, only the exit description (by default a stack trace, cut at 2,500 characters), so
 * without this {@code vinr status} in a later process would show a stack trace instead of the reason.
 */
public class FailureMessageListener implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED && !execution.getAllFailureExceptions().isEmpty()) {
            execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(),
                    JobRunner.firstFailure(execution)));
        }
    }
}
