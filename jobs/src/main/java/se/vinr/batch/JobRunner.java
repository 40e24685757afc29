package se.vinr.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts a job for a municipality and period, or restarts the last attempt when it failed or was
 * killed and is run again with the same settings: a restarted job skips the steps that completed and
 * reruns the one that failed.
 * An execution still marked as running is known to be dead: callers hold the {@link OutputLock}, and
 * the run holds its {@link RunLock} in the job repository, which another live process on the same
 * repository would hold.
 */
@Component
public class JobRunner {

    public static final String MUNICIPALITY = "municipality";
    public static final String PERIOD = "period";
    /** The first and last half-year of a load over a range, instead of {@link #PERIOD}. */
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ATTEMPT = "attempt";
    /** The reason {@code vinr status} shows for an attempt whose process died without a word. */
    public static final String INTERRUPTED = "the run was interrupted (its process was stopped or killed) and was"
            + " marked failed when the next run started";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final RunLock lock;
    private final List<ResumeCheck> resumeChecks;

    public JobRunner(JobOperator operator, JobRepository repository, Map<String, Job> jobs, RunLock lock,
                     ObjectProvider<ResumeCheck> resumeChecks) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs;
        this.lock = lock;
        this.resumeChecks = resumeChecks == null ? List.of() : resumeChecks.orderedStream().toList();
    }

    /**
     * Runs {@code jobName}; {@code key} identifies the work (e.g. municipality and period) and
     * {@code settings} are non-identifying values the steps read (input folder, profile, ...).
     *
     * @throws RunLock.InUseException when another process sharing the job repository runs the same work
     */
    public JobOutcome run(String jobName, Map<String, String> key, Map<String, String> settings) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + jobName);
        }
        try (RunLock.Held held = lock.acquire(jobName, key)) {
            return runLocked(jobName, job, key, settings);
        }
    }

    private JobOutcome runLocked(String jobName, Job job, Map<String, String> key, Map<String, String> settings) {
        Optional<JobExecution> last = lastExecution(jobName, key);
        try {
            if (last.isPresent() && needsRestart(last.get().getStatus())
                    && sameSettings(last.get().getJobParameters(), settings) && outputsPresent(jobName, last.get())) {
                JobExecution previous = last.get();
                if (previous.getStatus().isRunning()) {
                    log.info("{}: the earlier attempt {} was interrupted; marking it failed before restarting",
                            jobName, previous.getId());
                    previous = recover(previous);
                }
                log.info("{}: restarting the failed attempt from the step that failed", jobName);
                return outcome(operator.restart(previous), true);
            }
            if (last.isPresent() && last.get().getStatus().isRunning()) {
                // Settings changed since the killed attempt, or its outputs are gone: close it before a fresh one starts.
                recover(last.get());
            }
            long attempt = last.map(e -> e.getJobParameters().getLong(ATTEMPT) + 1).orElse(1L);
            JobParametersBuilder parameters = new JobParametersBuilder(identifying(key, attempt));
            settings.forEach((name, value) -> parameters.addString(name, value, false));
            return outcome(operator.start(job, parameters.toJobParameters()), false);
        } catch (Exception e) {
            throw new JobStartException(jobName + " could not be started: " + e.getMessage(), e);
        }
    }

    /**
     * A failed attempt is resumed only with the settings it ran with; a rerun pointed at another input
     * folder or profile is new work, so it starts from the first step.
     */
    private static boolean sameSettings(JobParameters previous, Map<String, String> settings) {
        return settings.entrySet().stream().allMatch(e -> e.getValue().equals(previous.getString(e.getKey())));
    }

    /** Whether the completed steps of {@code failed} left what a restart would skip them for. */
    private boolean outputsPresent(String jobName, JobExecution failed) {
        for (ResumeCheck check : resumeChecks) {
            Optional<String> missing = check.missingOutput(failed);
            if (missing.isPresent()) {
                log.warn("{}: {} of the earlier attempt is missing or incomplete; starting again from the first step",
                        jobName, missing.get());
                return false;
            }
        }
        return true;
    }

    /** Marks a dead attempt and its running step failed, with {@link #INTERRUPTED} as the reason. */
    private JobExecution recover(JobExecution interrupted) {
        ExitStatus reason = new ExitStatus(ExitStatus.FAILED.getExitCode(), INTERRUPTED);
        for (StepExecution step : interrupted.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setExitStatus(reason);
            }
        }
        interrupted.setExitStatus(reason);
        return operator.recover(interrupted);
    }

    private static boolean needsRestart(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
    }

    /**
     * The latest execution of the work {@code key} names. Its attempts are numbered from 1 without gaps
     * (each start takes the last attempt's number plus one), and an attempt is a job instance of its own,
     * so the instances are looked up by key and number until one is missing: a few look-ups, however many
     * other runs the repository holds (reading every instance of the job made each start cost time in
     * proportion to all earlier runs, a third of the extract at N's 5,800 packages).
     */
    private Optional<JobExecution> lastExecution(String jobName, Map<String, String> key) {
        JobExecution last = null;
        for (long attempt = 1; ; attempt++) {
            JobInstance instance = repository.getJobInstance(jobName, identifying(key, attempt));
            if (instance == null) {
                return Optional.ofNullable(last);
            }
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null) {
                last = execution;
            }
        }
    }

    /** The parameters that make one attempt of the work a job instance: the key and the attempt's number. */
    private static JobParameters identifying(Map<String, String> key, long attempt) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        key.forEach((name, value) -> parameters.addString(name, value, true));
        parameters.addLong(ATTEMPT, attempt, true);
        return parameters.toJobParameters();
    }

    private static JobOutcome outcome(JobExecution execution, boolean restarted) {
        List<JobOutcome.StepOutcome> steps = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            long millis = step.getStartTime() == null || step.getEndTime() == null ? 0
                    : java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
            steps.add(new JobOutcome.StepOutcome(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                    step.getWriteCount(), step.getFilterCount(), millis));
        }
        boolean diskFull = DiskFull.EXIT_CODE.equals(execution.getExitStatus().getExitCode());
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : diskFull ? execution.getExitStatus().getExitDescription() : firstFailure(execution);
        return new JobOutcome(execution.getJobInstance().getJobName(), execution.getId(),
                execution.getStatus() == BatchStatus.COMPLETED, restarted, failure, diskFull, steps);
    }

    static String firstFailure(JobExecution execution) {
        // The job's own failures, then its steps' by step name: steps that ran side by side (the extract's
        // files) end in any order, and the sentence must be the same each time the same files fail.
        List<Throwable> failures = new ArrayList<>(execution.getFailureExceptions());
        execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getStepName))
                .forEach(step -> failures.addAll(step.getFailureExceptions()));
        if (failures.isEmpty()) {
            String description = execution.getExitStatus().getExitDescription();
            return description == null || description.isBlank() ? execution.getStatus().name() : description;
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root && !(root instanceof UserFacingException)) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The job could not be started at all. */
    public static final class JobStartException extends RuntimeException {
        JobStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
