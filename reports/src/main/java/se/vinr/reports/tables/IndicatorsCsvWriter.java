package se.vinr.reports.tables;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReportModel;

/**
 * {@code indicators.csv} exactly as docs/contract.md#5-output gives it: the report period's rows, one per
 * indicator, breakdown and comparison area; UTF-8, comma-separated, decimal point, empty cells for
 * nulls, {@code true}/{@code false}. A suppressed row has empty numerator, value and interval.
 */
public final class IndicatorsCsvWriter {

    public static final List<String> COLUMNS = List.of("municipality", "period", "indicator", "breakdown", "numerator",
            "denominator", "value", "unit", "ci_low", "ci_high", "reference_area", "reference_value", "comparison",
            "suppressed");

    public void write(ReportModel model, Path target) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(COLUMNS);
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
                        hidden ? "" : CsvNumbers.format(v.numerator()),
                        CsvNumbers.format(v.denominator()),
                        hidden ? "" : CsvNumbers.format(v.value()),
                        v.unit() == null ? "" : v.unit().code(),
                        hidden ? "" : CsvNumbers.format(v.ciLow()),
                        hidden ? "" : CsvNumbers.format(v.ciHigh()),
                        SpreadsheetText.safe(v.referenceArea()),
                        CsvNumbers.format(v.referenceValue()),
                        v.comparison() == null ? "" : v.comparison().code(),
                        Boolean.toString(hidden));
            }
        }
    }
}
