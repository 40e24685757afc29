package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.RecordKind;

/**
 * The shipped example profile and its sample export (Swedish headers, {@code ;}, Windows-1252,
 * Swedish code values) go through the real {@code vinr extract} without a single reject.
 */
class SampleExportExtractTest {

    private static final Path PROFILES = Path.of("..", "seeds", "profiles");

    @TempDir
    Path temp;

    @Test
    void extractsTheSampleExportWithTheExampleProfileAndNoRejects() throws Exception {
        Path out = temp.resolve("out");

        ExtractCli.Result result = ExtractCli.extract(PROFILES.resolve("exempel-export"), out, ExtractCli.newKey(temp.resolve("key")),
                "--profile", PROFILES.resolve("exempel-profil.yaml").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        ManifestFile manifest = ManifestFile.read(ExtractCli.extractDir(out));
        assertThat(manifest.status()).isEqualTo("complete");
        assertThat(manifest.missingFiles()).isEmpty();
        for (RecordKind kind : RecordKind.values()) {
            assertThat(manifest.count(kind.csvName(), "read")).as(kind.csvName()).isPositive();
            assertThat(manifest.count(kind.csvName(), "rejected")).as(kind.csvName()).isZero();
            assertThat(manifest.count(kind.csvName(), "written")).isEqualTo(manifest.count(kind.csvName(), "read"));
        }
    }
}
