package se.vinr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.RunHistory;
import se.vinr.core.OutputLayout;

@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
class StatusCommand extends AppCommand {

    private static final String HISTORY_FILE = "repository.mv.db";

    StatusCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    private Path snapshot;

    @Override
    boolean locksOutput() {
        return false;
    }

    /**
     * Reads a private copy of the embedded job history: the original admits one process at a time, and
     * a running extract or run holds it for as long as it runs. The copy is what the running process had
     * committed when it was taken (H2 writes each commit at once), which is what status should show.
     */
    @Override
    Map<String, Object> properties() {
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

    @Override
    void cleanUp() {
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

    @Override
    int execute(ConfigurableApplicationContext context) {
        List<RunHistory.Run> runs = context.getBean(RunHistory.class).runs();
        if (runs.isEmpty()) {
            console().say("status.none");
            return ExitCodes.OK;
        }
        console().say("status.header");
        for (RunHistory.Run run : runs) {
            console().print(String.format("%-8s %-5s %-7s %-19s %-19s %-9s %9d %9d %9d",
                    run.command(), run.municipality(), run.period(), run.start(), run.end(), run.outcome(),
                    run.read(), run.written(), run.rejected()));
            if (run.failure() != null) {
                console().say("status.failure", run.failure());
                console().say("status.restart", run.restartHint());
            }
        }
        return ExitCodes.OK;
    }
}
