package se.vinr.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The positive control of every leak search: an identifier planted in each kind of output, where it is
 * compressed or encoded so that a search of the raw bytes would miss it (zstd-compressed Parquet, a
 * DuckDB table, a PDF with a compressed text stream, an XLSX zip), is found by {@link OutputScan} in
 * each, in the written form it was planted in; the same files without it give no hit.
 */
class OutputScanTest {

    private static final String PLANTED = "19850312-0001";
    private static final String NAME = "Åsa Öberg";

    @TempDir
    Path temp;

    @Test
    void findsAPlantedPersonalNumberAndNameInParquetDuckDbPdfAndXlsx() throws Exception {
        Path out = Files.createDirectories(temp.resolve("planted"));
        plant(out, "8503120001", NAME);

        OutputScan scan = new OutputScan(List.of(PLANTED), List.of(NAME));
        Map<String, Set<String>> found = scan.search(out);

        assertThat(found).containsOnlyKeys(List.of("cases.parquet", "warehouse.duckdb", "rapport.pdf",
                "indicators.xlsx").stream().map(name -> out.resolve(name).toString()).toList());
        found.forEach((file, hits) -> assertThat(hits).as(file).contains("8503120001", NAME));
        assertThat(new String(Files.readAllBytes(out.resolve("rapport.pdf")), StandardCharsets.ISO_8859_1))
                .as("the PDF's text is compressed, so only the decoded search can find it").doesNotContain("8503120001");
    }

    @Test
    void findsEveryWrittenFormOfAPersonalNumber() {
        OutputScan scan = new OutputScan(List.of(PLANTED), List.of());

        for (String form : List.of("19850312-0001", "198503120001", "850312-0001", "850312+0001", "8503120001")) {
            assertThat(scan.find("unit=" + form + ";")).as(form).containsExactly(form);
        }
        assertThat(scan.find("1985031200011 and 850312-0002")).as("a longer number or another person").isEmpty();
    }

    @Test
    void findsNothingWhereNothingIsPlanted() throws Exception {
        Path out = Files.createDirectories(temp.resolve("clean"));
        plant(out, "2026H1", "IFO vuxen");

        assertThat(new OutputScan(List.of(PLANTED), List.of(NAME)).search(out)).isEmpty();
    }

    /** A Parquet file, a DuckDB warehouse, a PDF and an XLSX file each holding {@code value} and {@code name}. */
    private static void plant(Path out, String value, String name) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("warehouse.duckdb"));
             Statement statement = duckdb.createStatement()) {
            statement.execute("CREATE TABLE core_units AS SELECT 'unit " + value + "' AS unit, '" + name
                    + "' AS handler FROM range(2000)");
            statement.execute("COPY core_units TO '" + out.resolve("cases.parquet")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
        }
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Enhet " + value + " " + name);
                content.endText();
            }
            pdf.save(out.resolve("rapport.pdf").toFile());
        }
        try (OutputStream file = Files.newOutputStream(out.resolve("indicators.xlsx"))) {
            Workbook workbook = new Workbook(file, "vinr", "1.0");
            Worksheet sheet = workbook.newWorksheet("indicators");
            sheet.value(0, 0, "unit=" + value);
            sheet.value(1, 0, name);
            workbook.finish();
        }
    }
}
