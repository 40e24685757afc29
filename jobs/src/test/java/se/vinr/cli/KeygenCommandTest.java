package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.pseudonym.PseudonymKey;

/** {@code vinr keygen FILE} runs without the application ({@link Cli.NoApplication} would fail the test). */
class KeygenCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesANewKeyReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("municipality.key");

        Cli.Result result = Cli.run("keygen", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(PseudonymKey.MIN_BYTES);
        PseudonymKey key = PseudonymKey.load(file);
        assertThat(result.out()).contains(file.toAbsolutePath().toString(), key.fingerprint())
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(Files.readAllBytes(file)));
    }

    @Test
    void writesADifferentKeyEachTime() throws Exception {
        Path first = dir.resolve("first.key");
        Path second = dir.resolve("second.key");

        Cli.run("keygen", first.toString());
        Cli.run("keygen", second.toString());

        assertThat(Files.readAllBytes(first)).isNotEqualTo(Files.readAllBytes(second));
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("municipality.key");
        Files.writeString(file, "the key every earlier period was pseudonymised with");

        Cli.Result result = Cli.run("keygen", "--lang", "en", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("The file " + file.toAbsolutePath()
                + " already exists; choose a new file name, an existing key is never overwritten.");
        assertThat(Files.readString(file)).isEqualTo("the key every earlier period was pseudonymised with");
    }

    @Test
    void refusesAFolderThatDoesNotExistInOneSentence() {
        Path file = dir.resolve("missing").resolve("municipality.key");

        Cli.Result result = Cli.run("keygen", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).contains(file.toString(), "folder");
        assertThat(file.getParent()).doesNotExist();
    }
}
