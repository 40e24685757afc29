package se.vinr.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.extract.csv.Fixtures.ugly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.extract.RecordKind;

class CsvRecordReaderTest {

    private final Messages swedish = Messages.swedish();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"comma-lf-utf8.csv", "semicolon-crlf-utf8-bom.csv", "semicolon-crlf-windows1252.csv",
            "comma-lf-windows1252-no-final-newline.csv", "header-case-and-spaces.csv"})
    void readsEveryDialectToTheSameRows(String fixture) throws IOException {
        List<RawRecord> rows = readAll(ugly(fixture), Map.of());

        assertThat(rows).extracting(RawRecord::line).containsExactly(2L, 3L, 4L);
        assertThat(rows).extracting(r -> r.field("unit"))
                .containsExactly("Socialtjänst Åre", "Socialtjänst Älvdalen", "Socialtjänst Öckerö");
        assertThat(rows).extracting(r -> r.field("case_id")).containsExactly("C-1", "C-1", "C-2");
        assertThat(rows).extracting(r -> r.field("foreign_background")).containsExactly("", "", "nej");
        assertThat(rows).noneMatch(RawRecord::malformed);
    }

    @Test
    void knowsARowByTheLineItStartsOnWhenQuotedValuesHoldLineBreaks() throws IOException {
        List<RawRecord> rows = readAll(ugly("quoted-fields-and-line-breaks.csv"), Map.of());

        assertThat(rows).extracting(RawRecord::line).containsExactly(2L, 3L, 6L, 8L, 10L, 11L);
        assertThat(rows).extracting(r -> r.field("unit")).containsExactly(
                "IFO, vuxen", "IFO\nvuxen\nnatt", "Enhet \"Nord\", öst", "IFO\r\nbarn", "IFO", "IFO");
        assertThat(rows).extracting(RawRecord::malformed).containsExactly(false, false, false, false, true, false);
        assertThat(rows.get(4).fieldCount()).isEqualTo(11);
        assertThat(rows.get(5).field("foreign_background")).isEqualTo("last\nvalue");
    }

    @Test
    void ignoresAndListsColumnsTheContractDoesNotKnow() throws IOException {
        Path file = ugly("extra-columns.csv");
        CsvDialect dialect = new DialectDetector(swedish).detect(file, DialectSettings.auto());
        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect, RecordKind.CASES, Map.of(), swedish)) {
            assertThat(reader.ignoredColumns()).containsExactly("Handläggare", "Anteckning");
            RawRecord row = reader.read();
            assertThat(row.fields()).containsOnlyKeys("case_id", "person_id", "role", "unit", "opened");
            assertThat(row.malformed()).isFalse();
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void renamesSourceHeadersToContractFields() throws IOException {
        Path file = Files.writeString(dir.resolve("Ärenden.csv"),
                "Ärendenummer;Personnummer;Roll;Enhet;Öppnat\nÄ-1;19850312-9804;victim;IFO;2026-01-10\n");
        Map<String, String> renames = Map.of("ärendenummer", "case_id", "personnummer", "person_id",
                "roll", "role", "enhet", "unit", "öppnat", "opened");

        List<RawRecord> rows = readAll(file, renames);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.field("case_id")).isEqualTo("Ä-1");
            assertThat(row.field("opened")).isEqualTo("2026-01-10");
        });
    }

    @Test
    void failsNamingFileAndColumnWhenARequiredColumnIsMissing() {
        assertThatThrownBy(() -> readAll(ugly("missing-required-column.csv"), Map.of()))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("missing-required-column.csv");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("missing-required-column.csv, rad 1:")
                            .contains("kolumnen opened saknas", "headers i profilen",
                                    "Kolumner som känns igen i rubrikraden: case_id (kolumn 1), person_id (kolumn 2),"
                                            + " role (kolumn 3), unit (kolumn 4), closed (kolumn 5).");
                });
    }

    @Test
    void listsEveryMissingRequiredColumnAtOnceInEnglishOnRequest() {
        assertThatThrownBy(() -> CsvRecordReader.open(ugly("missing-required-columns.csv"),
                new CsvDialect(StandardCharsets.UTF_8, ';', false), RecordKind.CASES, Map.of(), Messages.english()))
                .isInstanceOf(ExtractFileException.class)
                .hasMessageStartingWith("missing-required-columns.csv, line 1: the required columns unit, opened are missing");
    }

    @Test
    void failsWhenTwoColumnsMapToTheSameField() {
        assertThatThrownBy(() -> readAll(ugly("duplicate-column.csv"), Map.of()))
                .isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("kolumnerna 2 och 6 motsvarar båda fältet person_id");
    }

    @Test
    void aFileWithoutItsHeaderRowIsNamedByItsColumnCountNeverByTheDataInIt() {
        assertThatThrownBy(() -> CsvRecordReader.open(ugly("missing-required-column.csv"),
                new CsvDialect(StandardCharsets.UTF_8, ',', false), RecordKind.INTERVENTIONS, Map.of(), Messages.english()))
                .isInstanceOf(ExtractFileException.class)
                .hasMessageEndingWith("Columns recognised in the header: case_id (column 1), person_id (column 2).")
                .message().doesNotContain("C-1", "19850312");
        assertThatThrownBy(() -> CsvRecordReader.open(ugly("headerless-cases.csv"),
                new CsvDialect(StandardCharsets.UTF_8, ',', false), RecordKind.CASES, Map.of(), Messages.english()))
                .isInstanceOf(ExtractFileException.class)
                .hasMessageEndingWith("Columns recognised in the header: none of its 5 columns has a known field"
                        + " name; if the first line holds data, the header row is missing.")
                .message().doesNotContain("19850312", "8503", "IFO", "C-1");
    }

    @Test
    void refusesAnEmptyFileAsABrokenExport() {
        assertThatThrownBy(() -> readAll(ugly("empty.csv"), Map.of()))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("empty.csv");
                    assertThat(e.getMessage()).startsWith("empty.csv är tom (0 byte) och saknar rubrikrad");
                });
    }

    @Test
    void refusesAFileOfBlankLinesForItsMissingHeader() {
        assertThatThrownBy(() -> readAll(ugly("blank-lines-only.csv"), Map.of()))
                .isInstanceOf(ExtractFileException.class)
                .hasMessageStartingWith("blank-lines-only.csv innehåller ingen rubrikrad");
    }

    @Test
    void readsAHeaderWithoutRowsAsNoRows() throws IOException {
        assertThat(readAll(ugly("header-only.csv"), Map.of())).isEmpty();
    }

    @Test
    void failsAtTheRowWhoseQuoteIsNeverClosed() {
        assertThatThrownBy(() -> readAll(ugly("unclosed-quote.csv"), Map.of()))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("unclosed-quote.csv, rad 3:").contains("citattecken");
                });
    }

    @Test
    void countsTheHeaderWhenTheFirstRowIsBroken() throws IOException {
        Path file = Files.writeString(dir.resolve("cases.csv"), "case_id;person_id\r\n\"C-1;x\r\n");
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, ';', false);

        assertThatThrownBy(() -> {
            try (CsvRecordReader reader = CsvRecordReader.open(file, dialect, RecordKind.PLAN_STATUS,
                    Map.of("case_id", "activity_id", "person_id", "status"), swedish)) {
                reader.read();
            }
        }).isInstanceOfSatisfying(ExtractFileException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void failsOnBytesItCannotDecodeEvenWithoutTheDetector() {
        CsvDialect utf8 = new CsvDialect(StandardCharsets.UTF_8, ',', false);
        assertThatThrownBy(() -> {
            try (CsvRecordReader reader = CsvRecordReader.open(ugly("undecodable.csv"), utf8, RecordKind.CASES,
                    Map.of(), swedish)) {
                while (reader.read() != null) {
                    // reading on until the bad bytes
                }
            }
        }).isInstanceOfSatisfying(ExtractFileException.class, e -> {
            assertThat(e.file()).isEqualTo("undecodable.csv");
            assertThat(e.getMessage()).contains("går inte att läsa som UTF-8");
        });
    }

    @Test
    void showsNoValuesWhenPrinted() throws IOException {
        RawRecord row = readAll(ugly("comma-lf-utf8.csv"), Map.of()).get(0);
        assertThat(row.toString()).doesNotContain("9804", "C-1").contains("line=2");
    }

    private List<RawRecord> readAll(Path file, Map<String, String> renames) throws IOException {
        CsvDialect dialect = new DialectDetector(swedish).detect(file, DialectSettings.auto());
        List<RawRecord> rows = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect, RecordKind.CASES, renames, swedish)) {
            for (RawRecord row = reader.read(); row != null; row = reader.read()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
