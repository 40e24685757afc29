package se.vinr.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.extract.csv.Fixtures.ugly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectDetectorTest {

    private final DialectDetector detector = new DialectDetector(Messages.swedish());

    @TempDir
    Path dir;

    @Test
    void detectsCommaAndUtf8WithoutByteOrderMark() {
        assertThat(detector.detect(ugly("comma-lf-utf8.csv"), DialectSettings.auto()))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ',', false));
    }

    @Test
    void detectsSemicolonAndTheByteOrderMark() {
        assertThat(detector.detect(ugly("semicolon-crlf-utf8-bom.csv"), DialectSettings.auto()))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ';', true));
    }

    @Test
    void fallsBackToWindows1252WhenTheFileIsNotUtf8() {
        assertThat(detector.detect(ugly("semicolon-crlf-windows1252.csv"), DialectSettings.auto()))
                .isEqualTo(new CsvDialect(DialectDetector.WINDOWS_1252, ';', false));
    }

    @Test
    void usesWhatTheProfilePins() {
        DialectSettings pinned = new DialectSettings(Optional.of(DialectDetector.WINDOWS_1252), Optional.of(';'));
        assertThat(detector.detect(ugly("comma-lf-utf8.csv"), pinned))
                .isEqualTo(new CsvDialect(DialectDetector.WINDOWS_1252, ';', false));
    }

    @Test
    void aByteOrderMarkOutweighsAPinnedEncoding() {
        DialectSettings pinned = new DialectSettings(Optional.of(DialectDetector.WINDOWS_1252), Optional.empty());
        assertThat(detector.detect(ugly("semicolon-crlf-utf8-bom.csv"), pinned))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ';', true));
    }

    @Test
    void failsNamingFileAndLineWhenThePinnedEncodingDoesNotFit() {
        DialectSettings utf8 = new DialectSettings(Optional.of(StandardCharsets.UTF_8), Optional.empty());
        assertThatThrownBy(() -> detector.detect(ugly("semicolon-crlf-windows1252.csv"), utf8))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("semicolon-crlf-windows1252.csv");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("semicolon-crlf-windows1252.csv, rad 2:")
                            .contains("UTF-8", "encoding");
                });
    }

    @Test
    void failsNamingTheLineOfBytesThatAreNeitherUtf8NorWindows1252() {
        assertThatThrownBy(() -> detector.detect(ugly("undecodable.csv"), DialectSettings.auto()))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("undecodable.csv, rad 3", "varken är UTF-8 eller Windows-1252");
                });
    }

    @Test
    void streamsPastItsBufferWithoutSplittingCharactersOrMiscountingLines() throws IOException {
        StringBuilder text = new StringBuilder("a;b\r\n");
        while (text.length() < 65_535) {
            text.append("x;y\r\n");
        }
        text.setLength(65_535);
        text.append("ä;ö\r\n");
        Path straddling = Files.write(dir.resolve("straddling.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(detector.detect(straddling, DialectSettings.auto()).encoding()).isEqualTo(StandardCharsets.UTF_8);

        byte[] bad = (text + "p;q\r\n").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 3] = (byte) 0x81;
        Path late = Files.write(dir.resolve("late.csv"), bad);
        long lines = text.toString().chars().filter(c -> c == '\n').count();
        assertThatThrownBy(() -> detector.detect(late, DialectSettings.auto()))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> assertThat(e.line()).isEqualTo(lines + 1));
    }

    @Test
    void countsOnlyDelimitersOutsideQuotesOnTheHeaderLine() throws IOException {
        Path file = Files.writeString(dir.resolve("quoted-header.csv"), "\"Ärende, id, nr\";\"Person, nr\";role\n");
        assertThat(detector.detect(file, DialectSettings.auto()).delimiter()).isEqualTo(';');
    }

    @Test
    void anEmptyFileIsLeftForTheReaderToRefuse() {
        assertThat(detector.detect(ugly("empty.csv"), DialectSettings.auto()))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, ',', false));
    }
}
