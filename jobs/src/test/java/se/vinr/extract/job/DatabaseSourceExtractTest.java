package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.ops.RealPostgres;

/**
 * {@code vinr extract} reading cases and contacts straight from a reporting database (a real
 * PostgreSQL server) and training from a CSV file in the same run: the rows go through the same
 * validation, rejects, pseudonymisation and manifest as a CSV package.
 */
@ExtendWith(RealPostgres.class)
class DatabaseSourceExtractTest {

    @TempDir
    Path temp;

    @Test
    void extractsFromTheReportingDatabaseBesideCsvFiles(RealPostgres.Database database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE arenden (arende_id text, personnr text, roll text, enhet text, "
                    + "oppnat date, avslutat date, kon text)");
            statement.execute("INSERT INTO arenden VALUES "
                    + "('A-1', '19850312-0001', 'victim', 'IFO vuxen', DATE '2026-02-01', NULL, 'K'), "
                    + "('A-1', '19800101-0001', 'perpetrator', 'IFO vuxen', DATE '2026-02-01', NULL, 'M'), "
                    + "('A-2', '19900515-0009', 'victim', 'IFO vuxen', DATE '2026-03-10', DATE '2026-05-01', 'K'), "
                    + "('A-3', '19850312-0002', 'victim', 'IFO vuxen', DATE '2026-04-01', NULL, 'K')");
            statement.execute("CREATE TABLE kontakter (kontakt_id text, personnr text, enhet text, datum date, "
                    + "fragat boolean, avslojat boolean)");
            statement.execute("INSERT INTO kontakter VALUES "
                    + "('K-1', '19850312-0001', 'Mottagningen', DATE '2026-01-15', true, true), "
                    + "('K-2', '19900515-0009', 'Mottagningen', DATE '2026-02-20', false, NULL)");
        }
        Path profile = Files.writeString(temp.resolve("profil.yaml"), """
                date_pattern: dd.MM.yyyy
                database:
                  url: %s
                  user: %s
                  password_env: VINR_TEST_PASSWORD_NOT_SET
                  queries:
                    cases: |
                      SELECT arende_id AS case_id, personnr AS person_id, roll AS role, enhet AS unit,
                             oppnat AS opened, avslutat AS closed, kon AS sex FROM arenden
                    contacts: |
                      SELECT kontakt_id AS contact_id, personnr AS person_id, enhet AS unit,
                             datum AS contact_date, fragat AS asked, avslojat AS disclosed FROM kontakter
                """.formatted(database.url(), database.user()));
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("training.csv"), """
                employee_id,department,unit,role,course,completed_on
                E1,IFO,IFO vuxen,employee,basic,03.02.2026
                """);
        Path out = temp.resolve("out");

        ExtractCli.Result result = ExtractCli.extract(input, out, ExtractCli.newKey(temp.resolve("key")), "--profile", profile.toString(),
                "--config", config().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path extract = ExtractCli.extractDir(out);
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.status()).isEqualTo("complete");
        assertThat(manifest.count("cases.csv", "read")).isEqualTo(4);
        assertThat(manifest.count("cases.csv", "written")).isEqualTo(3);
        assertThat(manifest.rejectedByReason("cases.csv")).containsEntry("invalid_person_id", 1L);
        assertThat(manifest.count("contacts.csv", "written")).isEqualTo(2);
        assertThat(manifest.count("training.csv", "written")).as("dates in the profile's own pattern").isEqualTo(1);
        assertThat(manifest.missingFiles()).contains("risk_assessments.csv", "interventions.csv");
        assertThat(Parquet.count(extract.resolve("cases.parquet"))).isEqualTo(3);
        assertThat(Files.readString(extract.resolve("rejects.csv")))
                .contains("cases.csv,5,person_id,invalid_person_id")
                .doesNotContain("19850312-0002");
    }

    /** One of four rows is rejected on purpose: above the 5 % default, so the limit is raised. */
    private Path config() throws Exception {
        return Files.writeString(temp.resolve("vinr.yaml"), "vinr:\n  reject-share-limit: 0.5\n");
    }
}
