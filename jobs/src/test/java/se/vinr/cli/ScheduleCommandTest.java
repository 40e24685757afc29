package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vinr schedule} reads its settings without starting the application, which it starts only when a
 * run is due ({@code ScheduleJobHistoryTest} runs that part): {@link Cli#run} uses a starter that fails the
 * test if anything starts it.
 */
class ScheduleCommandTest {

    @TempDir
    Path dir;

    @Test
    void aScheduleWithoutMunicipalitiesIsRefusedInOneSentenceWithoutStartingTheApplication() {
        Cli.Result result = Cli.run("schedule", "--out", dir.resolve("out").toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(result.errLines()).singleElement().asString()
                .contains("no municipalities are configured for the schedule");
    }

    @Test
    void aCronThatIsNotValidIsRefusedInOneSentenceWithoutStartingTheApplication() throws Exception {
        Path config = Files.writeString(dir.resolve("vinr.yml"), """
                vinr:
                  schedule:
                    cron: "every half-year"
                    municipalities:
                      "2280": /srv/exports/2280
                """);

        Cli.Result result = Cli.run("schedule", "--out", dir.resolve("out").toString(), "--config", config.toString(),
                "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.errLines()).singleElement().asString().contains("is not a valid cron expression");
    }
}
