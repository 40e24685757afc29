package se.vinr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @TempDir
    Path dir;

    @Test
    void givesTheFips180TestVectorForAbc() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);

        assertThat(Sha256.of(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void givesTheDigestOfNothingForAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        assertThat(Sha256.of(file))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void readsFilesLargerThanItsBuffer() throws Exception {
        // FIPS 180-2 long-message vector: one million 'a'
        Path file = Files.write(dir.resolve("a.txt"), "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));

        assertThat(Sha256.of(file))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}
