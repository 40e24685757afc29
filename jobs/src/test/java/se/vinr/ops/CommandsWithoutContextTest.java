package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that run no job ({@code --help}, {@code keygen}, {@code status}, {@code plan check}) start no
 * application context (issue 18: they start in a fraction of
 * the time): each runs as its own process with the JVM's class-loading log, and neither Spring Batch
 * nor Spring Boot's application nor any application context is among the classes it loaded.
 */
class CommandsWithoutContextTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Classes that only starting the application loads. */
    private static final List<String> APPLICATION_CLASSES = List.of(" org.springframework.batch.",
            " org.springframework.boot.SpringApplication ", " org.springframework.context.support.AbstractApplicationContext ");

    @TempDir
    Path temp;

    @Test
    void helpStartsNoApplicationContext() throws Exception {
        assertNoApplicationIn("help", List.of("--help"));
    }

    @Test
    void keygenStartsNoApplicationContext() throws Exception {
        assertNoApplicationIn("keygen", List.of("keygen", temp.resolve("new.key").toString()));
    }

    @Test
    void planCheckStartsNoApplicationContext() throws Exception {
        String output = assertNoApplicationIn("plan-check", List.of("plan", "check", "--plan",
                Path.of("..", "seeds", "plans", "harnosand.yaml").toString(), "--out", temp.resolve("out").toString()));

        assertThat(output).contains("training_basic_coverage");
    }

    @Test
    void statusReadsTheHistoryWithoutAnApplicationContext() throws Exception {
        Path out = temp.resolve("out");
        try (Connection history = DriverManager.getConnection("jdbc:h2:file:" + out.resolve("jobs/repository"), "sa", "");
             Statement sql = history.createStatement()) {
            sql.execute("RUNSCRIPT FROM 'classpath:/org/springframework/batch/core/schema-h2.sql'");
        }

        String output = assertNoApplicationIn("status", List.of("status", "--out", out.toString(), "--lang", "en"));

        assertThat(output).contains("No runs yet.");
    }

    /** Runs the command with a class-loading log; asserts it succeeded and loaded no application class. */
    private String assertNoApplicationIn(String name, List<String> arguments) throws Exception {
        Path classes = temp.resolve(name + "-classes.log");
        VinrProcess process = VinrProcess.start(temp.resolve("logs"), name,
                List.of("-Xlog:class+load=info:file=" + classes), arguments);

        assertThat(process.waitForExit(TIMEOUT)).as(process.describeOutput()).isZero();
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).as("the class-loading log").anyMatch(line -> line.contains(" se.vinr.cli.VinrCli "));
        assertThat(loaded).noneMatch(line -> APPLICATION_CLASSES.stream().anyMatch(line::contains));
        return process.output();
    }
}
