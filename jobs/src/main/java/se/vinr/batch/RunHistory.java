package se.vinr.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Every run in the job repository, oldest first, as {@code vinr status} shows them. */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository repository;

    public RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    /**
     * @param failure the reason of a failed run, else null
     * @param restartHint the command that resumes a failed run
     */
    public record Run(long id, String command, String municipality, String period, String start, String end,
                      String outcome, long read, long written, long rejected, String failure, String restartHint) {
    }

    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (String jobName : repository.getJobNames()) {
            for (JobInstance instance : repository.findJobInstances(jobName)) {
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    runs.add(toRun(jobName, execution));
                }
            }
        }
        runs.sort(Comparator.comparingLong(Run::id));
        return runs;
    }

    private static Run toRun(String jobName, JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        long read = 0;
        long written = 0;
        long rejected = 0;
        // A run both extracts and loads the same rows: count them once, as the extract wrote them.
        boolean extracts = execution.getStepExecutions().stream().anyMatch(s -> s.getStepName().startsWith("extract-"));
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            if (!extracts || step.getStepName().startsWith("extract-")) {
                written += step.getWriteCount();
            }
            rejected += step.getFilterCount();
        }
        String command = jobName.replace("Job", "");
        String municipality = value(parameters.getString(JobRunner.MUNICIPALITY));
        String from = parameters.getString(JobRunner.FROM);
        // a load over a range of half-years shows the range where a run shows its half-year
        String period = from == null ? value(parameters.getString(JobRunner.PERIOD))
                : from + ".." + value(parameters.getString(JobRunner.TO));
        String outcome = execution.getStatus().isRunning() ? "RUNNING" : execution.getStatus().name();
        String failure = switch (execution.getStatus()) {
            case FAILED, STOPPED, ABANDONED -> JobRunner.firstFailure(execution);
            default -> null;
        };
        String hint = failure == null ? null : restartHint(command, municipality, parameters);
        return new Run(execution.getId(), command, municipality, period, time(execution.getStartTime()),
                time(execution.getEndTime()), outcome, read, written, rejected, failure, hint);
    }

    private static String restartHint(String command, String municipality, JobParameters parameters) {
        StringBuilder hint = new StringBuilder("vinr ").append(command);
        if (!municipality.isEmpty()) {
            hint.append(" --municipality ").append(municipality);
            String from = parameters.getString(JobRunner.FROM);
            if (from == null) {
                hint.append(" --period ").append(value(parameters.getString(JobRunner.PERIOD)));
            } else {
                hint.append(" --from ").append(from).append(" --to ").append(parameters.getString(JobRunner.TO));
            }
        }
        String input = parameters.getString(Jobs.INPUT);
        if (input != null) {
            hint.append(" --input ").append(input);
        }
        return hint.toString();
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
