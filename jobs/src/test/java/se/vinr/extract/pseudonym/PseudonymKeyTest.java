package se.vinr.extract.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymKeyTest {

    /** 00 01 02 … 1f. */
    private static final byte[] COUNTING_KEY = KeyFiles.counting(32);

    @TempDir
    Path folder;

    @Test
    void loadsAPrivateKeyFileOfAtLeast32Bytes() throws Exception {
        Path file = KeyFiles.writePrivate(folder.resolve("vinr.key"), COUNTING_KEY);

        PseudonymKey key = PseudonymKey.load(file);

        assertThat(key.isDemo()).isFalse();
        assertThat(key.fingerprint()).isEqualTo("6b7b73675e8f8ea7");
    }

    @Test
    void refusesAMissingFileNamingIt() {
        Path file = folder.resolve("missing.key");

        assertThatThrownBy(() -> PseudonymKey.load(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("vinr keygen");
    }

    @Test
    void refusesAKeyShorterThan32Bytes() throws Exception {
        byte[] shortKey = "0123456789abcdef0123456789abcde".getBytes(StandardCharsets.US_ASCII);
        Path file = KeyFiles.writePrivate(folder.resolve("short.key"), shortKey);

        assertThatThrownBy(() -> PseudonymKey.load(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("31 bytes")
                .hasMessageNotContaining("0123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-----w-", "rwx--x---"})
    void refusesAFileThatGroupOrOthersMayUse(String permissions) throws Exception {
        Path file = KeyFiles.write(folder.resolve("open.key"), COUNTING_KEY, permissions);

        assertThatThrownBy(() -> PseudonymKey.load(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("chmod 600");
    }

    @Test
    void acceptsAReadOnlyFileOfItsOwner() throws Exception {
        Path file = KeyFiles.write(folder.resolve("readonly.key"), COUNTING_KEY, "r--------");

        assertThat(PseudonymKey.load(file).fingerprint()).isEqualTo("6b7b73675e8f8ea7");
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> PseudonymKey.load(folder))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("folder");
    }

    @Test
    void refusesTheDemoKeyInAFile() throws Exception {
        byte[] demoKey = MessageDigest.getInstance("SHA-256")
                .digest("vinr-demo-key-v1: public, for synthetic data only".getBytes(StandardCharsets.US_ASCII));
        Path file = KeyFiles.writePrivate(folder.resolve("demo.key"), demoKey);

        assertThatThrownBy(() -> PseudonymKey.load(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("demo key");
    }

    @Test
    void writesAGeneratedKeyReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("new.key");
        PseudonymKey key = PseudonymKey.generate(new SecureRandom());

        key.writeTo(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PseudonymKey.load(file).fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void neverOverwritesAnExistingKeyFile() throws Exception {
        Path file = KeyFiles.writePrivate(folder.resolve("existing.key"), COUNTING_KEY);

        assertThatThrownBy(() -> PseudonymKey.generate(new SecureRandom()).writeTo(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(file)).isEqualTo(COUNTING_KEY);
    }

    @Test
    void namesTheMissingFolderWhenItCannotWrite() {
        Path file = folder.resolve("no-such-folder").resolve("new.key");

        assertThatThrownBy(() -> PseudonymKey.generate(new SecureRandom()).writeTo(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("folder does not exist");
    }

    @Test
    void generatesADifferentKeyEachTime() {
        SecureRandom random = new SecureRandom();

        assertThat(PseudonymKey.generate(random).fingerprint()).isNotEqualTo(PseudonymKey.generate(random).fingerprint());
    }

    @Test
    void fingerprintIsStableAndRevealsNoKeyBytes() throws Exception {
        Path file = KeyFiles.writePrivate(folder.resolve("vinr.key"), COUNTING_KEY);
        String keyHex = HexFormat.of().formatHex(COUNTING_KEY);

        String fingerprint = PseudonymKey.load(file).fingerprint();

        assertThat(fingerprint).isEqualTo(PseudonymKey.load(file).fingerprint()).matches("[0-9a-f]{16}");
        assertThat(keyHex).doesNotContain(fingerprint.substring(0, 6));
        assertThat(fingerprint).doesNotContain(keyHex.substring(0, 6));
    }

    @Test
    void neverShowsKeyBytesInToString() throws Exception {
        Path file = KeyFiles.writePrivate(folder.resolve("vinr.key"), COUNTING_KEY);

        assertThat(PseudonymKey.load(file)).hasToString("PseudonymKey[fingerprint=6b7b73675e8f8ea7]");
    }

    @Test
    void labelsTheDeterministicDemoKey() {
        PseudonymKey demo = PseudonymKey.demoKey();

        assertThat(demo.isDemo()).isTrue();
        assertThat(demo.fingerprint()).isEqualTo("demo-ff3988482e4a06c0").isEqualTo(PseudonymKey.demoKey().fingerprint());
        assertThatThrownBy(() -> demo.writeTo(folder.resolve("demo.key"))).isInstanceOf(IllegalStateException.class);
        assertThat(folder.resolve("demo.key")).doesNotExist();
    }
}
