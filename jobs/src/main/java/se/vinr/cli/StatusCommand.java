package se.vinr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.ConfigurationProblem;
import se.vinr.batch.JobHistorySource;
import se.vinr.batch.RunHistory;
import se.vinr.core.OutputLayout;

/**
 * {@code vinr status}: every run in the job history. It runs no job, so it reads the settings and the
 * job repository's tables without starting the application (see {@link RunHistory}).
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
class StatusCommand implements Callable<Integer> {

    private static final String HISTORY_FILE = "repository.mv.db";

    @Mixin
    CommonOptions common;

    private final Console console;
    private final ApplicationStarter starter;

    StatusCommand(Console console, ApplicationStarter starter) {
        this.console = console;
        this.starter = starter;
    }

    private Path snapshot;

    @Override
    public Integer call() {
        OutputLayout layout = new OutputLayout(common.out());
        try {
            ApplicationStarter.Settings settings = new ApplicationStarter.Settings(common.out(), common.config(),
                    common.keyFile(), console.language(), common.quiet(), common.verbose(), properties());
            return show(new RunHistory(JobHistorySource.existing(starter.environment(settings))).runs());
        } catch (ConfigurationProblem e) {
            console.fail(e.getMessage());
            return ExitCodes.CONFIGURATION;
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            return failed(e, layout);
        } finally {
            cleanUp();
        }
    }

    /**
     * Reads a private copy of the embedded job history: the original admits one process at a time, and
     * a running extract or run holds it for as long as it runs. The copy is what the running process had
     * committed when it was taken (H2 writes each commit at once), which is what status should show.
     */
    private Map<String, Object> properties() {
        Path history = new OutputLayout(common.out()).jobRepositoryDir().resolve(HISTORY_FILE);
        if (!Files.isRegularFile(history)) {
            return Map.of();
        }
        try {
            snapshot = Files.createTempDirectory("vinr-status-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.copy(history, snapshot.resolve(HISTORY_FILE));
        } catch (IOException e) {
            cleanUp();
            return Map.of();
        }
        return Map.of("vinr.job-history-dir", snapshot.toString());
    }

    private int show(List<RunHistory.Run> runs) {
        if (runs.isEmpty()) {
            console.say("status.none");
            return ExitCodes.OK;
        }
        console.say("status.header");
        for (RunHistory.Run run : runs) {
            console.print(String.format("%-8s %-5s %-7s %-19s %-19s %-9s %9d %9d %9d",
                    run.command(), run.municipality(), run.period(), run.start(), run.end(), run.outcome(),
                    run.read(), run.written(), run.rejected()));
            if (run.failure() != null) {
                console.say("status.failure", run.failure());
                console.say("status.restart", run.restartHint());
            }
        }
        return ExitCodes.OK;
    }

    /** The history could not be read: damaged, held by a running vinr, or its server or settings wrong. */
    private int failed(Exception e, OutputLayout layout) {
        if (e instanceof SQLException sql && JobHistorySource.notCreatedYet(sql)) {
            return show(List.of());
        }
        if (AppCommand.isDamagedHistory(e)) {
            console.fail(console.text("history.damaged", layout.jobRepositoryDir()));
            return ExitCodes.OUTPUT_FOLDER;
        }
        if (AppCommand.rootMessage(e).contains("The file is locked")) {
            // The embedded job history admits one process at a time; a running vinr holds it.
            console.fail(console.text("history.in.use", layout.jobRepositoryDir()));
            return ExitCodes.OUTPUT_FOLDER;
        }
        console.fail(AppCommand.rootMessage(e));
        return ExitCodes.CONFIGURATION;
    }

    private void cleanUp() {
        if (snapshot != null) {
            try (Stream<Path> files = Files.walk(snapshot)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary copy left behind holds only what status shows; the system cleans its temp folder
            }
            snapshot = null;
        }
    }
}
