package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vinr status} reads the job history without starting the application: {@link Cli#run} uses a
 * starter that fails the test if anything starts it. The history is written here in Spring Batch's own
 * schema, as its job repository leaves it.
 */
class StatusCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryRunOldestFirstWithTheReasonAndRestartOfAFailedOne() throws Exception {
        Path out = dir.resolve("out");
        try (Connection history = history(out); Statement sql = history.createStatement()) {
            run(sql, 1, "extractJob", "COMPLETED", "2026-07-15 05:00:03", "2026-07-15 05:00:09", "");
            step(sql, 1, "extract-cases", 12, 10, 2);
            step(sql, 1, "extract-contacts", 4, 4, 0);
            run(sql, 2, "runJob", "FAILED", "2026-07-15 06:00:00", "2026-07-15 06:01:12",
                    "the file cases.csv is missing from /srv/in");
            step(sql, 2, "extract-cases", 7, 6, 1);
            step(sql, 2, "load", 6, 6, 0);
            run(sql, 3, "runJob", "STARTED", "2026-07-15 07:00:00", null, "");
        }

        Cli.Result status = Cli.run("status", "--out", out.toString(), "--lang", "en");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out().lines()).containsExactly(
                "command   munic. period  start               end                 outcome       read    written  rejected",
                "extract  2280  2026H1  2026-07-15 05:00:03 2026-07-15 05:00:09 COMPLETED        16        14         2",
                "run      2280  2026H1  2026-07-15 06:00:00 2026-07-15 06:01:12 FAILED           13         6         1",
                "    reason: the file cases.csv is missing from /srv/in",
                "    restart: vinr run --municipality 2280 --period 2026H1 --input /srv/in",
                "run      2280  2026H1  2026-07-15 07:00:00                     RUNNING           0         0         0");
    }

    @Test
    void saysThereAreNoRunsWithoutCreatingAHistory() {
        Path out = dir.resolve("out");

        Cli.Result status = Cli.run("status", "--out", out.toString(), "--lang", "en");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).isEqualToIgnoringNewLines("No runs yet.");
        assertThat(out).doesNotExist();
    }

    @Test
    void namesADamagedHistoryAndItsFixWithExitThree() throws Exception {
        Path out = dir.resolve("out");
        try (Connection history = history(out)) {
            // only the schema
        }
        Path file = out.resolve("jobs/repository.mv.db");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 4096));

        Cli.Result status = Cli.run("status", "--out", out.toString(), "--lang", "en");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.OUTPUT_FOLDER);
        assertThat(status.errLines().get(0)).startsWith("The run history in " + out.resolve("jobs") + " is damaged");
    }

    @Test
    void readsTheJobRepositoryConfiguredInTheConfigurationFile() throws Exception {
        Path elsewhere = dir.resolve("history-elsewhere");
        try (Connection history = DriverManager.getConnection("jdbc:h2:file:" + elsewhere.resolve("repository"), "vinr",
                "secret"); Statement sql = history.createStatement()) {
            sql.execute("RUNSCRIPT FROM 'classpath:/org/springframework/batch/core/schema-h2.sql'");
            run(sql, 1, "loadJob", "COMPLETED", "2026-07-15 05:00:03", "2026-07-15 05:00:04", "");
        }
        Path config = Files.writeString(dir.resolve("vinr.yml"), """
                spring:
                  datasource:
                    url: jdbc:h2:file:%s/repository
                    username: vinr
                    password: ${STATUS_TEST_PASSWORD:secret}
                """.formatted(elsewhere));

        Cli.Result status = Cli.run("status", "--out", dir.resolve("out").toString(), "--config", config.toString(),
                "--lang", "en");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("load     2280  2026H1  2026-07-15 05:00:03 2026-07-15 05:00:04 COMPLETED");
    }

    @Test
    void refusesAConfigurationFileThatIsNotYaml() throws Exception {
        Path config = Files.writeString(dir.resolve("vinr.yml"), "spring: [unclosed\n");

        Cli.Result status = Cli.run("status", "--out", dir.resolve("out").toString(), "--config", config.toString(),
                "--lang", "en");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(status.errLines().get(0)).contains("the configuration file " + config.toAbsolutePath()
                + " is not valid YAML");
    }

    /** The embedded job history of {@code out}, with Spring Batch's schema. */
    private static Connection history(Path out) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:file:" + out.resolve("jobs/repository"), "sa", "");
        try (Statement sql = connection.createStatement()) {
            sql.execute("RUNSCRIPT FROM 'classpath:/org/springframework/batch/core/schema-h2.sql'");
        }
        return connection;
    }

    /** One execution of its own job instance, for municipality 2280 and 2026H1 read from /srv/in. */
    private static void run(Statement sql, long id, String job, String status, String start, String end,
                            String exitMessage) throws SQLException {
        sql.execute("INSERT INTO BATCH_JOB_INSTANCE VALUES (" + id + ", 0, '" + job + "', 'key" + id + "')");
        sql.execute("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME,"
                + " START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE) VALUES (" + id + ", 1, " + id + ", TIMESTAMP '"
                + start + "', TIMESTAMP '" + start + "', " + (end == null ? "NULL" : "TIMESTAMP '" + end + "'") + ", '"
                + status + "', '" + status + "', '" + exitMessage + "')");
        parameter(sql, id, "municipality", "2280", "Y");
        parameter(sql, id, "period", "2026H1", "Y");
        parameter(sql, id, "input", "/srv/in", "N");
    }

    private static void parameter(Statement sql, long execution, String name, String value, String identifying)
            throws SQLException {
        sql.execute("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (" + execution + ", '" + name
                + "', 'java.lang.String', '" + value + "', '" + identifying + "')");
    }

    private static void step(Statement sql, long execution, String name, long read, long written, long filtered)
            throws SQLException {
        sql.execute("INSERT INTO BATCH_STEP_EXECUTION (VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, READ_COUNT,"
                + " WRITE_COUNT, FILTER_COUNT) VALUES (1, '" + name + "', " + execution + ", CURRENT_TIMESTAMP, " + read
                + ", " + written + ", " + filtered + ")");
    }
}
