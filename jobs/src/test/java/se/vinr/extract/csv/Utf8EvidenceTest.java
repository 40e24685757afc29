package se.vinr.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8EvidenceTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void aUtf8FileWithOneWindows1252LineIsMixedAndNamesThatLine() throws IOException {
        Path file = write("mixed.csv", bytes("case_id,unit\r\nÄ-1,Vård\r\n", StandardCharsets.UTF_8),
                bytes("Ä-2,Väst\r\n", WINDOWS_1252), bytes("Ä-3,Öst\r\n", StandardCharsets.UTF_8));

        Utf8Evidence evidence = Utf8Evidence.of(file, 0);

        assertThat(evidence.isMixed()).isTrue();
        assertThat(evidence.firstInvalidLine()).hasValue(3);
    }

    @Test
    void aWholeWindows1252FileIsNotMixedAndAWholeUtf8FileIsUtf8() throws IOException {
        Path windows = write("windows.csv", bytes("case_id,unit\nÄ-1,Vård\n", WINDOWS_1252));
        Path utf8 = write("utf8.csv", bytes("case_id,unit\nÄ-1,Vård\n", StandardCharsets.UTF_8));

        assertThat(Utf8Evidence.of(windows, 0).isMixed()).isFalse();
        assertThat(Utf8Evidence.of(windows, 0).isUtf8()).isFalse();
        assertThat(Utf8Evidence.of(utf8, 0).isUtf8()).isTrue();
        assertThat(Utf8Evidence.of(utf8, 0).multiByteCharacters()).isEqualTo(2);
    }

    @Test
    void anOverlongOrCutOffSequenceIsNotUtf8() throws IOException {
        assertThat(Utf8Evidence.of(write("overlong.csv", new byte[] {'a', (byte) 0xC0, (byte) 0xAF}), 0).isUtf8())
                .isFalse();
        assertThat(Utf8Evidence.of(write("cut.csv", new byte[] {'a', '\n', (byte) 0xE2, (byte) 0x82}), 0)
                .firstInvalidLine()).hasValue(2);
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        return Files.write(dir.resolve(name), all.toByteArray());
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
