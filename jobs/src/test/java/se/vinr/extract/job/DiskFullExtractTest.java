package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extract that meets a full disk, made real without privileges: the file the step writes is a
 * symbolic link to {@code /dev/full}, where every write fails with the kernel's "No space left on
 * device" as on a full disk. The run must stop with exit code 3 and one sentence naming the file and
 * the fix, publish nothing a load could take for a finished extract, and, once there is space again
 * (the link gone), the same command must complete the extract.
 */
class DiskFullExtractTest {

    /** Linux's always-full device; present on every Linux machine and container this is built on. */
    private static final Path FULL_DEVICE = Path.of("/dev/full");

    @TempDir
    Path temp;

    private Path input;
    private Path out;
    private Path key;

    @BeforeEach
    void aCleanPackageAndAKey() throws IOException {
        assertThat(FULL_DEVICE).as("the test needs Linux's /dev/full").exists();
        input = Fixture.copy("clean", temp.resolve("input"));
        out = temp.resolve("out");
        key = ExtractCli.newKey(temp.resolve("key"));
    }

    @Test
    void aParquetFileOnAFullDiskFailsNamingItAndTheRerunWithSpaceCompletes() throws IOException, SQLException {
        Path extract = ExtractCli.extractDir(out);
        Path part = Files.createDirectories(extract.resolve(".work")).resolve("cases.parquet.part");
        Files.createSymbolicLink(part, FULL_DEVICE);

        ExtractCli.Result full = ExtractCli.extract(input, out, key, "--lang", "en");

        assertThat(full.exitCode()).as(full.err()).isEqualTo(3);
        assertThat(firstLine(full.err())).isEqualTo("extract failed: the disk is full: " + part.toAbsolutePath()
                + " could not be written; free space on the disk of the output folder " + out.toAbsolutePath()
                + " or choose another output folder with --out, then run the same command again");
        assertNothingPublished(extract);
        assertThat(Files.exists(part, LinkOption.NOFOLLOW_LINKS)).as("the failed step discarded its part file")
                .isFalse();
        assertThat(ExtractCli.run("status", "--out", out.toString(), "--lang", "en").out())
                .contains("FAILED", "reason: the disk is full: " + part.toAbsolutePath() + " could not be written");

        ExtractCli.Result rerun = ExtractCli.extract(input, out, key, "--lang", "en");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.status()).isEqualTo("complete");
        assertThat(Parquet.count(extract.resolve("cases.parquet"))).isEqualTo(manifest.count("cases.csv", "written"))
                .isPositive();
    }

    @Test
    void aManifestOnAFullDiskFailsInSwedishAndTheRerunWithSpaceResumesAtTheManifest() throws IOException {
        Path extract = Files.createDirectories(ExtractCli.extractDir(out));
        Path part = extract.resolve("manifest.json.part");
        Files.createSymbolicLink(part, FULL_DEVICE);

        ExtractCli.Result full = ExtractCli.extract(input, out, key);

        assertThat(full.exitCode()).as(full.err()).isEqualTo(3);
        assertThat(firstLine(full.err())).isEqualTo("extract misslyckades: disken är full: " + part.toAbsolutePath()
                + " kunde inte skrivas; frigör utrymme på disken där utdatamappen " + out.toAbsolutePath()
                + " ligger eller välj en annan utdatamapp med --out, och kör sedan samma kommando igen");
        assertThat(extract.resolve("manifest.json")).as("no manifest, so the load refuses the period").doesNotExist();

        Files.delete(part);
        ExtractCli.Result rerun = ExtractCli.extract(input, out, key);

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).as("the extract steps completed before are not run again")
                .doesNotContain("extract-cases").contains("extract-manifest");
        assertThat(ManifestFile.read(extract).status()).isEqualTo("complete");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** No manifest, and no Parquet file beside where it would be. */
    private static void assertNothingPublished(Path extract) throws IOException {
        assertThat(extract.resolve("manifest.json")).doesNotExist();
        try (Stream<Path> files = Files.list(extract)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".parquet"));
        }
    }
}
