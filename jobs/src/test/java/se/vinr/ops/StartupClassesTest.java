package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * What issue 18's start-up work took out of the commands people wait for stays out: each command runs as
 * its own process with the JVM's class-loading log, and the libraries it has no use for are not among the
 * classes it loaded. {@code status} reads the packaged defaults without SnakeYAML or Spring Boot's
 * config-data loader; a job command starts no JDBC driver but its job repository's (DuckDB's and
 * PostgreSQL's are started only by a step that uses them), no font system (the report renderer), no
 * thread-pool auto-configuration, no Jackson data binding (the manifest is streamed); none goes through the
 * Log4j API to reach SLF4J.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupClassesTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> NEVER = List.of(" org.yaml.snakeyaml.", " org.apache.logging.log4j.");

    private Path temp;
    private Path input;
    private Path key;

    @BeforeAll
    void aSmallPackageAndAKey(@TempDir Path dir) throws IOException {
        temp = dir;
        input = new SyntheticPackages().write(new SyntheticPackages.Settings(MunicipalityCode.parse("2280"), 5_000,
                Period.parse("2025H2"), Period.parse("2025H2"), 3, List.of(), 0.0), temp.resolve("exports"))
                .get(0).directory();
        key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
    }

    @Test
    void anExtractStartsOnlyWhatItsStepsUse() throws IOException {
        List<String> loaded = run("extract", List.of("extract", "--municipality", "2280", "--period", "2025H2",
                "--input", input.toString(), "--out", temp.resolve("out-extract").toString(), "--key-file",
                key.toString(), "--quiet"));

        assertThat(loaded).as("the extract ran its job").anyMatch(line -> line.contains(" org.springframework.batch."));
        assertNoneLoaded(loaded, List.of(" org.duckdb.", " org.postgresql.", " se.vinr.reports.charts.ReportFonts ",
                " tools.jackson.databind.",
                " org.springframework.boot.autoconfigure.task.TaskExecutorConfigurations", " org.springframework.boot.task."));
    }

    @Test
    void statusReadsThePackagedDefaultsWithoutBootsConfigLoader() throws IOException {
        Path out = temp.resolve("out-status");
        run("extract-for-status", List.of("extract", "--municipality", "2280", "--period", "2025H2", "--input",
                input.toString(), "--out", out.toString(), "--key-file", key.toString(), "--quiet"));

        List<String> loaded = run("status", List.of("status", "--out", out.toString(), "--lang", "en"));

        assertThat(loaded).as("status read the job history").anyMatch(line -> line.contains(" org.h2.engine."));
        assertNoneLoaded(loaded, List.of(" org.springframework.boot.context.config.ConfigDataEnvironment ",
                " org.springframework.boot.convert.ApplicationConversionService "));
    }

    /** Runs {@code vinr arguments} with a class-loading log; asserts it succeeded; returns the log. */
    private List<String> run(String name, List<String> arguments) throws IOException {
        Path classes = temp.resolve(name + "-classes.log");
        VinrProcess process = VinrProcess.start(temp.resolve("logs"), name,
                List.of("-Xlog:class+load=info:file=" + classes), arguments);

        assertThat(process.waitForExit(TIMEOUT)).as(process.describeOutput()).isZero();
        return Files.readAllLines(classes);
    }

    private static void assertNoneLoaded(List<String> loaded, List<String> absent) {
        for (String prefix : Stream.concat(NEVER.stream(), absent.stream()).toList()) {
            assertThat(loaded).as("classes named" + prefix + "...").noneMatch(line -> line.contains(prefix));
        }
    }
}
