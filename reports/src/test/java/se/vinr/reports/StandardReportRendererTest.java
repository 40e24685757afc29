package se.vinr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.tables.IndicatorsCsvWriter;

/** One full render of a realistic model with hostile input; every test reads the files it wrote. */
class StandardReportRendererTest {

    @TempDir
    static Path directory;
    static List<Path> written;
    static String html;

    @BeforeAll
    static void render() throws IOException {
        Files.createDirectories(directory.resolve("charts"));
        Files.writeString(directory.resolve("charts/trend_stale_from_an_earlier_run.svg"), "<svg/>");
        written = new StandardReportRenderer().render(ModelFixtures.hostileModel(), directory);
        html = Files.readString(directory.resolve(StandardReportRenderer.HTML), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDocumentsTheTablesAndEveryChartAsSvgAndPng() throws IOException {
        assertThat(directory.resolve("rapport.html")).isNotEmptyFile();
        assertThat(directory.resolve("rapport.pdf")).isNotEmptyFile();
        assertThat(directory.resolve("indicators.csv")).isNotEmptyFile();
        assertThat(directory.resolve("indicators.xlsx")).isNotEmptyFile();
        assertThat(directory.resolve("indicators-excel.csv")).isNotEmptyFile();
        List<String> svgs;
        try (Stream<Path> files = Files.list(directory.resolve("charts"))) {
            svgs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).toList();
        }
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(12)
                .contains("new_cases_by_role.svg", "spine.svg", "p_chart_screening_rate.svg", "u_chart_new_victims_rate.svg",
                        "funnel_new_victims_rate.svg", "vulnerable_groups.svg", "victims_by_age_and_sex.svg");
        for (String svg : svgs) {
            assertThat(directory.resolve("charts").resolve(svg.replace(".svg", ".png"))).isNotEmptyFile();
        }
        assertThat(written).allMatch(Files::exists).hasSize(svgs.size() * 2 + 5);
        assertThat(svgs).doesNotContain("trend_stale_from_an_earlier_run.svg");
    }

    @Test
    void renderingTheSameModelAgainWritesTheSameChartsHtmlAndCsvByteForByte() throws IOException {
        Path again = Files.createDirectories(directory.resolve("again"));

        List<Path> second = new StandardReportRenderer().render(ModelFixtures.hostileModel(), again);

        assertThat(second).hasSameSizeAs(written);
        // The PDF and the XLSX are left out: PDFBox gives every file a new document ID and the XLSX carries the
        // time it was written, so no two of them are the same bytes whatever the charts.
        for (Path file : second.stream().filter(f -> !f.endsWith(StandardReportRenderer.PDF)
                && !f.endsWith(StandardReportRenderer.XLSX)).toList()) {
            Path first = directory.resolve(again.relativize(file));
            assertThat(Files.mismatch(first, file)).as("first byte that differs in %s", again.relativize(file))
                    .isEqualTo(-1L);
        }
    }

    @Test
    void theHtmlIsWellFormedXhtmlWithAtLeastTwelveInlineCharts() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                .isGreaterThanOrEqualTo(12);
        assertThat(count(html, "<svg")).isGreaterThanOrEqualTo(12);
        assertLacks(html, "NaN");
    }

    @Test
    void theHtmlNeedsNoNetworkAndRunsNoScript() {
        assertLacks(html, "<script", "<link", "@import", "src=\"http", "href=\"http");
        assertThat(Pattern.compile("url\\((?!#)").matcher(html).find()).as("a url() that is not a local #fragment").isFalse();
    }

    @Test
    void markupFromTheInputIsEscapedEverywhere() throws IOException {
        assertLacks(html, ModelFixtures.SCRIPT);
        assertContains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
        String svg = Files.readString(directory.resolve("charts/screening_rate_by_unit.svg"));
        assertLacks(svg, ModelFixtures.SCRIPT);
        assertContains(svg, "&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theSectionsComeInTheAgreedOrder() {
        List<String> headings = List.of("Sämre än jämförelsen och på väg åt fel håll", "Huvudbudskap",
                "Alla indikatorer i överblick", "Nationell jämförelse", "Uppföljning av handlingsplanen", "<h2>Datakvalitet</h2>",
                "<h2>Metod</h2>");
        int previous = -1;
        for (String heading : headings) {
            int at = html.indexOf(heading, html.indexOf("<main>"));
            assertThat(at).as(heading).isGreaterThan(previous);
            previous = at;
        }
        assertContains(html, "Andel med strukturerad riskbedömning: 61,7\u00A0% mot Riket 82,0\u00A0% – sämre än jämförelsen");
    }

    @Test
    void activitiesShowTheirStatusByColourAndByWord() {
        assertContains(html, "<span class=\"status status-done\">klar</span>",
                "<span class=\"status status-ongoing\">pågår</span>",
                "<span class=\"status status-unknown\">ej rapporterad</span>", "ja, försenad",
                "3 aktiviteter – 1 klara, 1 pågår, 0 ej påbörjade, 1 ej rapporterade; 1 försenade.");
    }

    @Test
    void theNationalComparisonNamesItsSourcesAndCountsTheIndicatorsWithoutAFigureOnce() {
        assertContains(html, "Socialstyrelsen, Öppna jämförelser, 2024 (avrundat)", "HSLF-FS 2022:39", "Wilson");
        assertThat(html).containsPattern("\\d+ av \\d+ indikatorer har inget jämförelsevärde och visas inte här")
                .doesNotContain("ingen nationell siffra");
    }

    @Test
    void hiddenValuesAreShownAsTwoDotsAndNeverAsTheirNumber() throws IOException {
        assertContains(html, "<td class=\"num\">..</td>", "..: dold (färre än 5)");
        assertLacks(html, "98765", "98 765", "98\u00A0765");
        try (Stream<Path> files = Files.list(directory.resolve("charts"))) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                assertLacks(Files.readString(svg), "98765", "98\u00A0765");
            }
        }
        assertLacks(Files.readString(directory.resolve("indicators.csv")), "98765");
    }

    @Test
    void theCsvHasTheContractColumnsAndHidesSuppressedFigures() throws IOException {
        assertThat(csvHeader()).containsExactlyElementsOf(IndicatorsCsvWriter.COLUMNS);
        List<CSVRecord> records = csv();
        CSVRecord hidden = find(records, "interventions", "type=other");
        assertThat(hidden.get("numerator")).isEmpty();
        assertThat(hidden.get("value")).isEmpty();
        assertThat(hidden.get("ci_low")).isEmpty();
        assertThat(hidden.get("ci_high")).isEmpty();
        assertThat(hidden.get("suppressed")).isEqualTo("true");
        CSVRecord unprotected = find(records, "new_cases", "group=honour");
        assertThat(unprotected.get("value")).isEmpty();
        assertThat(unprotected.get("suppressed")).isEqualTo("true");
        CSVRecord rate = records.stream().filter(r -> r.get("indicator").equals("new_victims_rate")
                && r.get("reference_area").equals("riket")).findFirst().orElseThrow();
        assertThat(rate.get("value")).isEqualTo("18.952618");
        assertThat(rate.get("denominator")).isEqualTo("20050");
        assertThat(rate.get("comparison")).isEqualTo("higher");
        assertThat(rate.get("suppressed")).isEqualTo("false");
        assertThat(records.stream().map(r -> r.get("period")).distinct()).containsExactly(ModelFixtures.LATEST);
    }

    @Test
    void aUnitNamedWithSemicolonEqualsAndQuotesIsOneBreakdownInTheCsv() throws IOException {
        CSVRecord unit = csv().stream().filter(r -> r.get("indicator").equals("screening_rate")
                && r.get("breakdown").contains("omsorg")).findFirst().orElseThrow();
        assertThat(Breakdown.parse(unit.get("breakdown")).get("unit")).isEqualTo(ModelFixtures.PUNCTUATED);
        assertThat(unit.get("numerator")).isEqualTo("30");
    }

    @Test
    void aFormulaInABreakdownValueCannotStartACsvCell() throws IOException {
        // A breakdown always starts with its key, and '=' in a value is escaped: no spreadsheet reads a formula.
        CSVRecord formula = csv().stream().filter(r -> r.get("indicator").equals("active_cases")
                && r.get("breakdown").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(formula.get("breakdown")).isEqualTo("unit=\\" + ModelFixtures.FORMULA);
    }

    @Test
    void theXlsxNeutralisesFormulasKeepsNumbersAsNumbersAndMarksHiddenValues() throws IOException {
        List<Cell> formulaCells = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();
        boolean numberFound = false;
        boolean hiddenFound = false;
        try (InputStream in = Files.newInputStream(directory.resolve("indicators.xlsx"));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheetNames.add(sheet.getName());
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null) {
                            continue;
                        }
                        if (cell.getText().contains("HYPERLINK")) {
                            formulaCells.add(cell);
                        }
                        assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        assertThat(cell.getText()).doesNotContain("98765");
                    }
                    if (row.getCellCount() > 7 && "Täljare".equals(row.getCellText(5))) {
                        continue;
                    }
                    if (row.getCellCount() > 7 && "new_victims_rate".equals(row.getCellText(3))) {
                        assertThat(row.getCell(7).getType()).isEqualTo(CellType.NUMBER);
                        numberFound = true;
                    }
                    if (row.getCellCount() > 7 && "interventions".equals(row.getCellText(3))
                            && "ja".equals(row.getCellText(14))) {
                        assertThat(row.getCellText(7)).isEqualTo("..");
                        hiddenFound = true;
                    }
                }
            }
        }
        assertThat(formulaCells).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).startsWith("'="));
        assertThat(numberFound).isTrue();
        assertThat(hiddenFound).isTrue();
        assertThat(sheetNames).first().isEqualTo("Om tabellerna");
        assertThat(sheetNames).allMatch(n -> n.length() <= 31).noneMatch(n -> n.endsWith("…"));
    }

    @Test
    void thePdfHasSeveralPagesWithTheSectionHeadingsAndPageNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(directory.resolve("rapport.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Huvudbudskap", "Alla indikatorer i överblick", "Nationell jämförelse",
                    "Uppföljning av handlingsplanen", "Datakvalitet", "Metod", "Sida 1 av " + pdf.getNumberOfPages())
                    .doesNotContain("98765", "98 765");
        }
    }

    private static List<String> csvHeader() throws IOException {
        return List.of(Files.readAllLines(directory.resolve("indicators.csv"), StandardCharsets.UTF_8).get(0).split(","));
    }

    /** The data rows, fields named by the header. */
    private static List<CSVRecord> csv() throws IOException {
        try (Reader reader = Files.newBufferedReader(directory.resolve("indicators.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static CSVRecord find(List<CSVRecord> records, String indicator, String breakdown) {
        return records.stream().filter(r -> r.get("indicator").equals(indicator) && r.get("breakdown").equals(breakdown))
                .findFirst().orElseThrow();
    }

    /** Checks text without printing a megabyte of HTML when it fails. */
    private static void assertContains(String text, String... needles) {
        for (String needle : needles) {
            assertThat(text.contains(needle)).as("contains <%s>", needle).isTrue();
        }
    }

    private static void assertLacks(String text, String... needles) {
        for (String needle : needles) {
            assertThat(text.contains(needle)).as("lacks <%s>", needle).isFalse();
        }
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
