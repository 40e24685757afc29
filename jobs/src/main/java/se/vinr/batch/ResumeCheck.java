package se.vinr.batch;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/**
 * Whether the files that the completed steps of a failed job wrote are still there, so that a restart
 * may skip those steps. The job history alone is not enough: a full disk can leave the history
 * recording a step as completed whose output was never committed (or the output may have been deleted
 * since); a restart that trusted it would fail on every later attempt. When a check finds something
 * missing, the job starts over from its first step instead.
 */
public interface ResumeCheck {

    /**
     * @return the output that is missing or incomplete, named for the log; empty when a restart may
     *         skip every completed step (also for a job this check knows nothing of)
     */
    Optional<String> missingOutput(JobExecution failed);
}
