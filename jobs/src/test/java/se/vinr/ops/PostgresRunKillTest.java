package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.batch.JobRunner;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.RecordKind;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * vinr's own {@code run} job on a PostgreSQL job repository (a real server: Testcontainers or zonky's
 * embedded binaries), as a municipality with its own database server configures it through
 * {@code --config}: a run killed with {@code kill -9} in the middle of the contacts step, in a
 * process of its own, is resumed by the next {@code vinr run} at that step and completes, and the job
 * repository on the server tells both attempts apart.
 */
@ExtendWith(RealPostgres.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PostgresRunKillTest {

    private static final MunicipalityCode MUNICIPALITY = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2026H1");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    @Test
    void aRunKilledDuringExtractResumesFromThePostgresJobRepository(RealPostgres.Database database) throws Exception {
        Path input = new SyntheticPackages().write(new SyntheticPackages.Settings(MUNICIPALITY, 600_000, PERIOD, PERIOD,
                7, List.of(), 0.01), temp.resolve("exports")).get(0).directory();
        Path key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path config = Files.writeString(temp.resolve("postgres.yml"), String.join("\n",
                "spring:",
                "  datasource:",
                "    url: " + database.url(),
                "    username: " + database.user(),
                "    password: " + database.password(),
                "logging:",
                "  level:",
                "    org.springframework.batch.core.step.AbstractStep: INFO",
                ""));
        Path out = temp.resolve("out");
        Path work = new OutputLayout(out).extractDir(MUNICIPALITY, PERIOD).resolve(".work");

        VinrProcess killed = run("killed", input, out, key, config);
        killed.awaitWhileRunning("completing cases and committing a chunk of contacts", TIMEOUT,
                () -> Files.exists(work.resolve("cases.parquet")) && size(work.resolve("contacts.rejects.csv")) > 0);
        killed.kill();
        assertThat(work.resolve("cases.parquet")).as("cases had completed").isRegularFile();
        assertThat(statuses(database)).as("the killed attempt is still marked as running on the server")
                .containsExactly("STARTED");
        assertThat(Files.exists(out.resolve("jobs/repository.mv.db"))).as("no embedded history was used").isFalse();

        VinrProcess resumed = run("resumed", input, out, key, config);

        assertThat(resumed.waitForExit(TIMEOUT)).as(resumed.describeOutput()).isZero();
        assertThat(resumed.output()).doesNotContain("Executing step: [extract-cases]")
                .contains("Executing step: [extract-contacts]", "Executing step: [load]", "Executing step: [report]");
        assertThat(statuses(database)).containsExactly("FAILED", "COMPLETED");
        assertThat(exitMessages(database).get(0)).isEqualTo(JobRunner.INTERRUPTED);
        Path manifest = new OutputLayout(out).manifest(MUNICIPALITY, PERIOD);
        assertThat(Files.readString(manifest)).contains("\"status\" : \"complete\"");
        assertThat(TableRows.count(new OutputLayout(out).warehouse(), "staging." + RecordKind.CONTACTS.baseName(),
                "period = '" + PERIOD + "'")).isPositive();
        VinrInMemory.Result status = VinrInMemory.run(List.of("status", "--out", out.toString(), "--config",
                config.toString(), "--lang", "en"));
        assertThat(status.out()).contains("FAILED", "COMPLETED", JobRunner.INTERRUPTED);
    }

    private VinrProcess run(String name, Path input, Path out, Path key, Path config) {
        return VinrProcess.start(temp.resolve("logs"), name, List.of("run", "--municipality", MUNICIPALITY.code(),
                "--period", PERIOD.toString(), "--input", input.toString(), "--out", out.toString(), "--key-file",
                key.toString(), "--config", config.toString(), "--lang", "en"));
    }

    private static List<String> statuses(RealPostgres.Database database) throws SQLException {
        return column(database, "SELECT status FROM batch_job_execution ORDER BY job_execution_id");
    }

    private static List<String> exitMessages(RealPostgres.Database database) throws SQLException {
        return column(database, "SELECT exit_message FROM batch_job_execution ORDER BY job_execution_id");
    }

    private static List<String> column(RealPostgres.Database database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
