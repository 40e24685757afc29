package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;

/**
 * Markup and spreadsheet formulas in an extract package, taken through extract, load and report as a
 * municipality would run them: the report must show them as the text they are, in the browser, the
 * CSV and the XLSX. The hostile texts: the name of the intake unit (whose contacts are broken down by
 * unit), a department name and a plan comment.
 */
class HostileInputReportTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String MUNICIPALITY = "2280";
    private static final String PERIOD = "2025H2";
    /** What a spreadsheet runs as a formula when a cell starts with it (OWASP's list). */
    private static final Pattern RUNNABLE = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    static Path report;
    static int scripts;
    static int eventHandlerAttributes;
    static int linksToTheFormula;
    static String shownText;
    static List<String> dialogs;
    static List<String> consoleErrors;

    @BeforeAll
    static void reportOnAHostilePackage() throws Exception {
        Path root = VinrRun.freshFolder("hostile");
        Path input = hostilePackage(root.resolve("input"));
        Path key = root.resolve("vinr.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path out = root.resolve("out");
        String[] target = {"--municipality", MUNICIPALITY, "--period", PERIOD, "--out", out.toString(), "--quiet"};
        VinrRun.succeeds(join(new String[] {"extract", "--input", input.toString(), "--key-file", key.toString()}, target));
        VinrRun.succeeds(join(new String[] {"load"}, target));
        VinrRun.succeeds(join(new String[] {"publish"}, target));
        VinrRun.succeeds(join(new String[] {"report"}, target));
        report = out.resolve("reports").resolve(MUNICIPALITY).resolve(PERIOD);

        try (Chromium chromium = Chromium.start()) {
            PageVisit page = chromium.open(report.resolve("rapport.html"));
            scripts = page.evaluate("document.querySelectorAll('script').length").asInt();
            eventHandlerAttributes = page.evaluate("Array.from(document.querySelectorAll('*'))"
                    + ".flatMap(e => Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length").asInt();
            linksToTheFormula = page.evaluate("document.querySelectorAll('a[href*=\"http://x\"]').length").asInt();
            shownText = page.evaluate("document.body.textContent").asString();
            dialogs = page.dialogs();
            consoleErrors = page.consoleErrors();
        }
    }

    /** One synthetic half-year with the hostile texts in place of a unit's, a department's name and a comment. */
    private static Path hostilePackage(Path root) throws IOException {
        Path folder = new SyntheticPackages().write(new SyntheticPackages.Settings(new MunicipalityCode(MUNICIPALITY),
                25_000, Period.parse(PERIOD), Period.parse(PERIOD), 6, List.of(), 0.0), root).get(0).directory();
        String quotedFormula = "\"" + FORMULA.replace("\"", "\"\"") + "\"";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(csv, StandardCharsets.UTF_8)
                        .replace("Mottagningsenheten", SCRIPT)
                        .replaceAll("(?m)(^|,)Utbildning(?=,|$)", "$1" + quotedFormula.replace("$", "\\$"));
                Files.writeString(csv, text, StandardCharsets.UTF_8);
            }
        }
        Files.writeString(folder.resolve("plan_status.csv"),
                "activity_id,status,value,comment\nD1.A1,ongoing,," + quotedFormula + "\n", StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void theHostileUnitNameIsShownAsTextAndRunsNothing() {
        assertThat(shownText).contains(SCRIPT);
        assertThat(scripts).as("script elements in the page").isZero();
        assertThat(eventHandlerAttributes).as("on* attributes in the page").isZero();
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theFormulaInThePlanCommentIsShownAsTextNotAsALink() {
        assertThat(shownText).contains(FORMULA);
        assertThat(linksToTheFormula).isZero();
    }

    @Test
    void theCsvCarriesTheHostileTextsButNoCellASpreadsheetWouldRun() throws IOException {
        List<String> cells = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(report.resolve("indicators.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                record.forEach(cells::add);
            }
        }
        assertThat(cells).as("the hostile names reached the CSV")
                .contains("unit=" + SCRIPT)
                .anyMatch(cell -> cell.contains(FORMULA));
        assertThat(cells).noneMatch(HostileInputReportTest::runnable);
    }

    @Test
    void theXlsxShowsTheFormulaAsTextAndHoldsNoFormula() throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(report.resolve("indicators.xlsx"));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(cell -> {
                        if (cell != null) {
                            cells.add(cell);
                        }
                    });
                }
            }
        }
        assertThat(cells).noneMatch(cell -> cell.getType() == CellType.FORMULA);
        List<String> texts = cells.stream().filter(cell -> cell.getType() == CellType.STRING).map(Cell::getText).toList();
        assertThat(texts).as("the department named as a formula, marked as text").contains("'" + FORMULA);
        assertThat(texts).contains(SCRIPT);
        assertThat(texts).noneMatch(HostileInputReportTest::runnable);
    }

    private static boolean runnable(String cell) {
        return RUNNABLE.matcher(cell).matches() && !NUMBER.matcher(cell).matches();
    }

    private static String[] join(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}
