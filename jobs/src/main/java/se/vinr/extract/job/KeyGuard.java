package se.vinr.extract.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.vinr.batch.UserFacingException;
import se.vinr.extract.csv.Messages;

/**
 * Keeps one extract to one key. The key is configuration, not a job parameter, so a restart could
 * otherwise resume a failed extract under another key and mix the pseudonyms of two keys in one
 * period's files. The first extract step records the key's fingerprint in the job's execution context,
 * which Spring Batch carries over to a restart; a step resumed under another key fails before it reads
 * a row, and the same command with the earlier key then resumes it.
 */
class KeyGuard implements StepExecutionListener {

    static final String FINGERPRINT = "extract.key_fingerprint";

    private final String fingerprint;
    private final Messages messages;

    KeyGuard(String fingerprint, Messages messages) {
        this.fingerprint = fingerprint;
        this.messages = messages;
    }

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        String used = job.getString(FINGERPRINT, fingerprint);
        if (!used.equals(fingerprint)) {
            throw new UserFacingException(messages.text("key.changed", used, fingerprint));
        }
        job.putString(FINGERPRINT, fingerprint);
    }
}
