package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages the extract must refuse, with a message that names the file and what to do, and without a
 * manifest that would let the load take them for a finished extract; and the thin packages it must take.
 */
class ExtractFailuresTest {

    @TempDir
    Path temp;

    @Test
    void failsOnARequiredColumnMissingFromAnOptionalFileAndNamesFileAndColumn() throws IOException {
        Path input = Fixture.copy("clean", temp.resolve("input"));
        List<String> contacts = Files.readAllLines(input.resolve("contacts.csv"));
        Files.write(input.resolve("contacts.csv"), contacts.stream()
                .map(line -> line.replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*,", "$1,")).toList());

        ExtractCli.Result result = ExtractCli.extract(input, temp.resolve("out"), ExtractCli.newKey(temp.resolve("key")));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(firstLine(result.err())).contains("contacts.csv", "asked");
        assertNothingPublished(temp.resolve("out"));
    }

    @Test
    void failsOnAZeroByteCasesFile() throws IOException {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("cases.csv"), new byte[0]);

        ExtractCli.Result result = ExtractCli.extract(input, temp.resolve("out"), ExtractCli.newKey(temp.resolve("key")));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(firstLine(result.err())).contains("cases.csv", "0 byte");
        assertNothingPublished(temp.resolve("out"));
    }

    @Test
    void failsWithoutCasesFileAndSaysWhereItWasLookedFor() throws IOException {
        Path input = Fixture.copy("clean", temp.resolve("input"));
        Files.delete(input.resolve("cases.csv"));

        ExtractCli.Result result = ExtractCli.extract(input, temp.resolve("out"), ExtractCli.newKey(temp.resolve("key")));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(firstLine(result.err())).contains("cases.csv", input.toString(), "--input");
        assertNothingPublished(temp.resolve("out"));
    }

    @Test
    void takesAHeaderOnlyCasesFileAsNoRowsAndListsTheMissingOptionalFiles() throws IOException, SQLException {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("cases.csv"), "case_id,person_id,role,unit,opened\r\n");

        ExtractCli.Result result = ExtractCli.extract(input, temp.resolve("out"), ExtractCli.newKey(temp.resolve("key")));

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path extract = ExtractCli.extractDir(temp.resolve("out"));
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.status()).isEqualTo("complete");
        assertThat(manifest.files()).containsExactly("cases.csv");
        assertThat(List.of(manifest.count("cases.csv", "read"), manifest.count("cases.csv", "written"),
                manifest.count("cases.csv", "rejected"))).containsExactly(0L, 0L, 0L);
        assertThat(manifest.missingFiles()).containsExactly("contacts.csv", "risk_assessments.csv",
                "interventions.csv", "training.csv", "headcount.csv", "plan_status.csv");
        assertThat(Parquet.count(extract.resolve("cases.parquet"))).isZero();
        assertThat(Parquet.types(extract.resolve("cases.parquet"))).containsEntry("opened", "DATE");
        try (Stream<Path> files = Files.list(extract)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("cases.parquet", "manifest.json", "rejects.csv");
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** No manifest, so the load refuses the period, and no Parquet file beside it. */
    private static void assertNothingPublished(Path out) throws IOException {
        Path extract = ExtractCli.extractDir(out);
        assertThat(extract.resolve("manifest.json")).doesNotExist();
        if (Files.exists(extract)) {
            try (Stream<Path> files = Files.list(extract)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".parquet"));
            }
        }
    }
}
