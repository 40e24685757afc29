package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.ApplicationStarter;
import se.vinr.reports.model.Language;

/** A valid command line reaches the application, with the common options it was given. */
class ApplicationStartTest {

    @TempDir
    Path dir;

    /** Every command but those that start no application at once (StatusCommandTest, ScheduleCommandTest, CommandsWithoutContextTest). */
    static List<String> applicationCommands() {
        return Commands.NAMES.stream().filter(name -> !List.of("keygen", "status", "plan check", "schedule").contains(name)).toList();
    }

    @ParameterizedTest
    @MethodSource("applicationCommands")
    void startsTheApplicationWithTheCommonOptions(String command) {
        Recording starter = new Recording();
        Path out = dir.resolve("out");
        Path key = dir.resolve("municipality.key");

        Cli.Result result = Cli.run(starter, Cli.concat(Commands.valid(command, dir),
                "--out", out.toString(), "--key-file", key.toString(), "--lang", "en", "--quiet"));

        assertThat(starter.started).hasSize(1);
        ApplicationStarter.Settings settings = starter.started.get(0);
        assertThat(settings.out()).isEqualTo(out);
        assertThat(settings.keyFile()).isEqualTo(key);
        assertThat(settings.language()).isEqualTo(Language.EN);
        assertThat(settings.quiet()).isTrue();
        assertThat(settings.verbose()).isFalse();
        // A failure to start is a failed run, told in one sentence.
        assertThat(result.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(result.errLines()).containsExactly(Recording.REFUSAL);
    }

    @ParameterizedTest
    @MethodSource("applicationCommands")
    void startsInSwedishWithoutKeyOrConfigurationByDefault(String command) {
        Recording starter = new Recording();

        Cli.run(starter, Cli.concat(Commands.valid(command, dir), "--out", dir.resolve("out").toString()));

        assertThat(starter.started).singleElement().satisfies(settings -> {
            assertThat(settings.language()).isEqualTo(Language.SV);
            assertThat(settings.quiet()).isFalse();
            assertThat(settings.keyFile()).isNull();
            assertThat(settings.config()).isNull();
        });
    }

    /** Keeps what it was asked to start, then refuses, so no test here boots Spring. */
    private static final class Recording extends ApplicationStarter {
        static final String REFUSAL = "the test does not start the application.";
        final List<Settings> started = new ArrayList<>();

        @Override
        public ConfigurableApplicationContext start(Settings settings) {
            started.add(settings);
            throw new IllegalStateException(REFUSAL);
        }
    }
}
