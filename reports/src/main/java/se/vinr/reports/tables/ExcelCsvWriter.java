package se.vinr.reports.tables;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReportModel;

/**
 * {@code indicators-excel.csv}: the rows and columns of the contract's {@code indicators.csv}, written the
 * way Swedish Excel opens a CSV file by double-click: semicolon-separated, decimal comma, UTF-8 with a
 * byte-order mark (without it Excel reads the file as Windows-1252 and garbles å, ä and ö). The
 * contract's file stays as the contract says, for programs; this one is for people.
 */
public final class ExcelCsvWriter {

    private static final char BOM = '\uFEFF';

    public void write(ReportModel model, Path target) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write(BOM);
            printer.printRecord(IndicatorsCsvWriter.COLUMNS);
            for (IndicatorValue v : model.values()) {
                if (!model.period().equals(v.period())) {
                    continue;
                }
                boolean hidden = v.suppressed();
                printer.printRecord(
                        SpreadsheetText.safe(v.municipality()),
                        SpreadsheetText.safe(v.period()),
                        SpreadsheetText.safe(v.indicator()),
                        SpreadsheetText.safe(v.breakdown()),
                        hidden ? "" : number(v.numerator()),
                        number(v.denominator()),
                        hidden ? "" : number(v.value()),
                        v.unit() == null ? "" : v.unit().code(),
                        hidden ? "" : number(v.ciLow()),
                        hidden ? "" : number(v.ciHigh()),
                        SpreadsheetText.safe(v.referenceArea()),
                        number(v.referenceValue()),
                        v.comparison() == null ? "" : v.comparison().code(),
                        Boolean.toString(hidden));
            }
        }
    }

    /** The contract's number with a decimal comma: the same digits, so both files hold the same figures. */
    static String number(Double value) {
        return CsvNumbers.format(value).replace('.', ',');
    }
}
