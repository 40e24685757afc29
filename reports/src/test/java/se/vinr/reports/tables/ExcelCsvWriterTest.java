package se.vinr.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.model.ReportModel;

/** The Swedish-Excel twin of indicators.csv: the same figures, in the form Excel in Sweden opens by double-click. */
class ExcelCsvWriterTest {

    @TempDir
    Path directory;

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void holdsTheContractsRowsWithSemicolonsDecimalCommasAndAByteOrderMark() throws IOException {
        ReportModel model = ModelFixtures.fullModel();
        Path contract = directory.resolve("indicators.csv");
        Path excel = directory.resolve("indicators-excel.csv");
        new IndicatorsCsvWriter().write(model, contract);
        new ExcelCsvWriter().write(model, excel);

        byte[] bytes = Files.readAllBytes(excel);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> excelLines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        List<String> contractLines = Files.readAllLines(contract, StandardCharsets.UTF_8);

        assertThat(excelLines).hasSameSizeAs(contractLines);
        assertThat(excelLines.get(0)).isEqualTo(String.join(";", IndicatorsCsvWriter.COLUMNS));
        List<CSVRecord> contractRows = parse(String.join("\n", contractLines), ',');
        List<CSVRecord> excelRows = parse(String.join("\n", excelLines), ';');
        assertThat(excelRows).hasSameSizeAs(contractRows);
        // Field by field the same text, with a decimal comma where the contract has a decimal point.
        for (int i = 0; i < contractRows.size(); i++) {
            for (int f = 0; f < IndicatorsCsvWriter.COLUMNS.size(); f++) {
                String expected = contractRows.get(i).get(f);
                assertThat(excelRows.get(i).get(f)).as("row %d, %s", i + 1, IndicatorsCsvWriter.COLUMNS.get(f))
                        .isEqualTo(expected.matches("-?\\d+\\.\\d+") ? expected.replace('.', ',') : expected);
            }
        }
        assertThat(String.join("\n", excelLines)).containsPattern(";\\d+,\\d+;").doesNotContainPattern("\\d\\.\\d");
        // The contract's file itself is untouched: comma, decimal point, no byte-order mark.
        assertThat(Files.readAllBytes(contract)[0]).isEqualTo((byte) 'm');
        assertThat(contractLines.get(0)).isEqualTo(String.join(",", IndicatorsCsvWriter.COLUMNS));
    }
}
