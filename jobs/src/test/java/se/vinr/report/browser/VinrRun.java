package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;

/** Runs {@code vinr} in this JVM, as a user would from the command line, and insists it succeeds. */
final class VinrRun {

    private VinrRun() {
    }

    static void succeeds(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            exit = new VinrCli(outWriter, errWriter, new ApplicationStarter()).execute(args);
        }
        assertThat(exit).as("vinr %s exit code; stderr:%n%s%nstdout:%n%s", String.join(" ", args), err, out)
                .isZero();
    }

    /** An empty folder under {@code target/}, kept after the run so that a failure can be looked into. */
    static Path freshFolder(String name) throws IOException {
        Path folder = Path.of("target", "browser-tests", name).toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
