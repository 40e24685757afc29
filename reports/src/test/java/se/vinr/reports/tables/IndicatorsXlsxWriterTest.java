package se.vinr.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.ReportModel;

class IndicatorsXlsxWriterTest {

    @Test
    void aRevisedFigureIsMarkedInItsOwnColumnAndTheCoverSaysWhatTheMarkMeans(@TempDir Path dir) throws IOException {
        ReportModel model = ModelFixtures.full().revised("new_cases", "2025H1").build();
        Path xlsx = dir.resolve("indicators.xlsx");

        new IndicatorsXlsxWriter().write(new ReportFacts(SuppressionGuard.protect(model)), xlsx);

        List<String> revised = new ArrayList<>();
        List<String> notRevised = new ArrayList<>();
        StringBuilder cover = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    if (sheet.getIndex() == 0) {
                        cover.append(row.getCellText(0)).append('\n');
                    } else if (row.getCellCount() > 15 && "new_cases".equals(row.getCellText(3))) {
                        (row.getCellText(15).equals("ja") ? revised : notRevised)
                                .add(row.getCellText(1) + "|" + row.getCellText(4));
                    }
                }
            }
        }
        assertThat(revised).contains("första halvåret 2025|Alla").allMatch(r -> r.startsWith("första halvåret 2025|"));
        assertThat(notRevised).contains("första halvåret 2026|Alla").doesNotContain("första halvåret 2025|Alla");
        assertThat(cover).contains("Reviderad: ja när ett tidigare halvårs antal har ändrats med 5 eller mer");
    }
}
