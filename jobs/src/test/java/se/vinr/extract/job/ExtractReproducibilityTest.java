package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.RecordKind;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.extract.pseudonym.Pseudonymiser;

/**
 * The same input and key give the same extract, byte for byte: run twice, and after a failed run that was
 * restarted (a reject share over the limit fixed in the export, a manifest that could not be written);
 * a restart under another key is refused rather than mixing the pseudonyms of two keys.
 * The reference is one uninterrupted run of {@code extract-job/clean}.
 */
class ExtractReproducibilityTest {

    @TempDir
    static Path temp;

    private static Path key;
    private static Path reference;

    @BeforeAll
    static void extractTheCleanPackageOnce() throws IOException {
        key = ExtractCli.newKey(temp.resolve("key"));
        ExtractCli.Result result = ExtractCli.extract(Fixture.of("clean"), temp.resolve("reference"), key);
        assertThat(result.exitCode()).as(result.err()).isZero();
        reference = ExtractCli.extractDir(temp.resolve("reference"));
    }

    @Test
    void givesIdenticalParquetBytesAndPseudonymsForTheSameInputAndKey() throws Exception {
        ExtractCli.Result again = ExtractCli.extract(Fixture.of("clean"), temp.resolve("again"), key);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertSameExtract(ExtractCli.extractDir(temp.resolve("again")));
        String expected = new Pseudonymiser(PseudonymKey.load(key))
                .pseudonymise(PersonId.parse("19850312-0001", LocalDate.of(2026, 6, 30)));
        assertThat(Parquet.rows(reference.resolve("cases.parquet"), "person_id").get(0)).containsExactly(expected);
    }

    @Test
    void failsOnARejectShareOverTheLimitAndAfterTheFixResumesUnderTheSameKeyOnlyToTheSameResult() throws Exception {
        Path input = Fixture.copy("clean", temp.resolve("restart-input"));
        Files.copy(Fixture.of("restart/interventions-over-limit.csv"), input.resolve("interventions.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        Path out = temp.resolve("restart-out");

        ExtractCli.Result failed = ExtractCli.extract(input, out, key);

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().lines().findFirst().orElse(""))
                .contains("interventions.csv", "2 av 12 rader (16.7 %)", "gränsen 5.0 %", "rad 4");
        Path extract = ExtractCli.extractDir(out);
        assertThat(extract.resolve("manifest.json")).doesNotExist();
        assertThat(extract.resolve(".work/cases.parquet")).exists();
        assertThat(extract.resolve(".work/interventions.parquet")).as("a file over the limit is never published")
                .doesNotExist();

        Files.copy(Fixture.of("clean/interventions.csv"), input.resolve("interventions.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        Path otherKey = ExtractCli.newKey(temp.resolve("other-key"));
        ExtractCli.Result underAnotherKey = ExtractCli.extract(input, out, otherKey);

        assertThat(underAnotherKey.exitCode()).isEqualTo(1);
        assertThat(underAnotherKey.err().lines().findFirst().orElse("")).contains(
                PseudonymKey.load(key).fingerprint(), PseudonymKey.load(otherKey).fingerprint(), "--key-file");
        assertThat(extract.resolve("manifest.json")).doesNotExist();

        ExtractCli.Result restarted = ExtractCli.extract(input, out, key);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("extract-interventions").doesNotContain("extract-cases");
        assertSameExtract(extract);
    }

    @Test
    void restartsAManifestStepThatFailedAfterMovingTheFiles() throws Exception {
        Path out = temp.resolve("manifest-out");
        Path blocker = Files.createDirectories(ExtractCli.extractDir(out).resolve("manifest.json.part"));

        ExtractCli.Result failed = ExtractCli.extract(Fixture.of("clean"), out, key);

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(ExtractCli.extractDir(out).resolve("manifest.json")).doesNotExist();
        Files.delete(blocker);
        ExtractCli.Result restarted = ExtractCli.extract(Fixture.of("clean"), out, key);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("extract-manifest").doesNotContain("extract-cases");
        assertSameExtract(ExtractCli.extractDir(out));
    }

    /** Same files, same Parquet bytes and rows, same rejects, same manifest but for its time. */
    /**
     * What a full disk can leave: the job history records the cases step as completed, but its Parquet
     * file never reached the disk. The rerun must not skip the step on the history's word (its manifest
     * step would then fail on every attempt) but start again and give the uninterrupted run's extract.
     */
    @Test
    void startsAgainWhenTheOutputOfAStepTheHistoryCallsCompletedIsGone() throws Exception {
        Path input = Fixture.copy("clean", temp.resolve("gone-input"));
        Files.copy(Fixture.of("restart/interventions-over-limit.csv"), input.resolve("interventions.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        Path out = temp.resolve("gone-out");
        assertThat(ExtractCli.extract(input, out, key).exitCode()).isEqualTo(1);
        Path extract = ExtractCli.extractDir(out);
        Files.delete(extract.resolve(".work/cases.parquet"));
        Files.copy(Fixture.of("clean/interventions.csv"), input.resolve("interventions.csv"),
                StandardCopyOption.REPLACE_EXISTING);

        ExtractCli.Result rerun = ExtractCli.extract(input, out, key);

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).as("every step ran again").contains("extract-cases", "extract-interventions");
        assertSameExtract(extract);
    }

    private static void assertSameExtract(Path extract) throws IOException, SQLException {
        assertThat(names(extract)).isEqualTo(names(reference));
        for (RecordKind kind : RecordKind.values()) {
            Path actual = extract.resolve(kind.parquetName());
            Path expected = reference.resolve(kind.parquetName());
            assertThat(Parquet.rows(actual, "*")).as(kind.parquetName()).isEqualTo(Parquet.rows(expected, "*"));
            assertThat(Files.mismatch(actual, expected)).as(kind.parquetName() + " byte for byte").isEqualTo(-1L);
        }
        assertThat(Files.mismatch(extract.resolve("rejects.csv"), reference.resolve("rejects.csv"))).isEqualTo(-1L);
        assertThat(ManifestFile.read(extract).withoutCreated()).isEqualTo(ManifestFile.read(reference).withoutCreated());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
