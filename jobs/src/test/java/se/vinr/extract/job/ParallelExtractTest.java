package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.RecordKind;

/**
 * The files of a package extracted in parallel give the extract of one thread, byte for byte (Parquet,
 * rejects and manifest but for its time), and a file that fails while the others run beside it is the
 * only one a restart redoes. The package is generated with a share of bad rows, so the rejects of
 * several files are joined.
 */
class ParallelExtractTest {

    @TempDir
    static Path temp;

    private static Path input;
    private static Path key;
    private static Path oneThread;
    private static Path fourThreads;
    private static Path reference;

    @BeforeAll
    static void generateAPackageAndExtractItOnOneThread() throws IOException {
        input = new SyntheticPackages().write(new SyntheticPackages.Settings(
                MunicipalityCode.parse(ExtractCli.MUNICIPALITY), 60_000, Period.parse(ExtractCli.PERIOD),
                Period.parse(ExtractCli.PERIOD), 18, List.of(), 0.02), temp.resolve("exports")).get(0).directory();
        key = ExtractCli.newKey(temp.resolve("key"));
        oneThread = Files.writeString(temp.resolve("one-thread.yml"), "vinr:\n  extract-threads: 1\n");
        fourThreads = Files.writeString(temp.resolve("four-threads.yml"), "vinr:\n  extract-threads: 4\n");
        ExtractCli.Result result = ExtractCli.extract(input, temp.resolve("reference"), key, "--config",
                oneThread.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        reference = ExtractCli.extractDir(temp.resolve("reference"));
    }

    @Test
    void extractsTheFilesInParallelToTheSameBytesAsOneThread() throws IOException {
        ExtractCli.Result parallel = ExtractCli.extract(input, temp.resolve("parallel"), key, "--config",
                fourThreads.toString());

        assertThat(parallel.exitCode()).as(parallel.err()).isZero();
        assertThat(ManifestFile.read(reference).rejectedByReason("cases.csv")).as("the package has rejects")
                .isNotEmpty();
        assertThat(ManifestFile.read(reference).rejectedByReason("contacts.csv")).isNotEmpty();
        assertSameExtract(ExtractCli.extractDir(temp.resolve("parallel")));
    }

    @Test
    void restartsOnlyTheFileThatFailedWhileTheOthersRanBesideIt() throws IOException {
        Path broken = copyOf(input, temp.resolve("broken-input"));
        Path interventions = broken.resolve("interventions.csv");
        long rows;
        try (Stream<String> lines = Files.lines(interventions)) {
            rows = lines.count() - 1;
        }
        StringBuilder malformed = new StringBuilder();
        for (long i = 0; i < rows / 10 + 1; i++) {
            malformed.append("not,a,row\n");
        }
        Files.writeString(interventions, Files.readString(interventions) + malformed);
        Path out = temp.resolve("restart-out");

        ExtractCli.Result failed = ExtractCli.extract(broken, out, key, "--config", fourThreads.toString());

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().lines().findFirst().orElse("")).contains("interventions.csv", "rad " + (rows + 2));
        Path extract = ExtractCli.extractDir(out);
        assertThat(extract.resolve("manifest.json")).doesNotExist();
        assertThat(extract.resolve(".work/cases.parquet")).as("the files beside it completed").exists();
        assertThat(extract.resolve(".work/contacts.parquet")).exists();
        assertThat(extract.resolve(".work/interventions.parquet")).doesNotExist();

        Files.copy(input.resolve("interventions.csv"), interventions, StandardCopyOption.REPLACE_EXISTING);
        ExtractCli.Result restarted = ExtractCli.extract(broken, out, key, "--config", fourThreads.toString());

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("extract-interventions").doesNotContain("extract-cases")
                .doesNotContain("extract-contacts");
        assertSameExtract(extract);
    }

    private static void assertSameExtract(Path extract) throws IOException {
        assertThat(names(extract)).isEqualTo(names(reference));
        for (RecordKind kind : RecordKind.values()) {
            Path expected = reference.resolve(kind.parquetName());
            if (Files.exists(expected)) {
                assertThat(Files.mismatch(extract.resolve(kind.parquetName()), expected))
                        .as(kind.parquetName() + " byte for byte").isEqualTo(-1L);
            }
        }
        assertThat(Files.mismatch(extract.resolve("rejects.csv"), reference.resolve("rejects.csv")))
                .as("rejects.csv byte for byte").isEqualTo(-1L);
        assertThat(ManifestFile.read(extract).withoutCreated()).isEqualTo(ManifestFile.read(reference).withoutCreated());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
