package se.vinr.batch;

import java.util.List;

/**
 * How one job execution ended, in terms a command can print.
 *
 * @param failure the first failure's message, or null when the job completed
 * @param diskFull whether the job stopped because the disk it writes to is full ({@code failure} says which)
 */
public record JobOutcome(String job, long executionId, boolean completed, boolean restarted, String failure,
                         boolean diskFull, List<StepOutcome> steps) {

    public JobOutcome {
        steps = List.copyOf(steps);
    }

    /** Rows through one step: read, written and rejected (filtered by validation). */
    public record StepOutcome(String step, String status, long read, long written, long rejected, long millis) {
    }
}
