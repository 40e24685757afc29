package se.vinr.batch;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import se.vinr.core.OutputLayout;
import se.vinr.reports.model.Language;

/**
 * Makes a failed job's exit description the one readable sentence of its failure. The job repository
 * keeps no exceptions, only the exit description (by default a stack trace, cut at 2,500 characters), so
 * without this {@code vinr status} in a later process would show a stack trace instead of the reason.
 * A failure on a full disk gets its own sentence and the exit code {@link DiskFull#EXIT_CODE}, which
 * the command turns into its output-folder exit code.
 */
public class FailureMessageListener implements JobExecutionListener {

    private final Path outputFolder;
    private final Language language;

    public FailureMessageListener(Path outputFolder, Language language) {
        this.outputFolder = outputFolder;
        this.language = language;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getAllFailureExceptions().isEmpty()) {
            return;
        }
        Path history = new OutputLayout(outputFolder).jobRepositoryDir().resolve("repository.mv.db");
        Optional<DiskFull> full = execution.getAllFailureExceptions().stream()
                .flatMap(failure -> DiskFull.in(failure).map(disk -> disk.orHistory(failure, history)).stream())
                .findFirst();
        execution.setExitStatus(full.isPresent()
                ? new ExitStatus(DiskFull.EXIT_CODE, full.get().sentence(outputFolder, language))
                : new ExitStatus(execution.getExitStatus().getExitCode(), JobRunner.firstFailure(execution)));
    }
}
