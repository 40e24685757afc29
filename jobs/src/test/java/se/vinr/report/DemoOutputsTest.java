package se.vinr.report;

import se.vinr.publish.Indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
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

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;

/**
 * Runs {@code vinr demo} and scans every published output of every half-year's report for a count
 * from 1 to 4 (docs/contract.md#6-small-number-protection): {@code indicators.csv}, {@code indicators.xlsx}, the tables and
 * text of {@code rapport.html}, the text of {@code rapport.pdf} and the labels of the SVG charts. It
 * also plays the reader who subtracts: a share's complement, a total less its shown parts, and the
 * increase of a cumulative figure between two published half-years must not be 1 to 4 either.
 *
 * <p>Two tables of the report are left out on purpose, as they count no persons: the data-quality
 * table of files read (rows read, accepted and rejected per file, which the municipality needs in order
 * to correct its export) and the action plan's count of activities.
 */
class DemoOutputsTest {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}H[12]");
    private static final Pattern SMALL = Pattern.compile("[1-4]");
    /** Indicators whose breakdowns overlap by definition, so that no one reads them as parts of a total. */
    private static final Set<String> OVERLAPPING = Set.of("new_cases_vulnerable_groups", "new_cases_by_violence_type");
    private static final Set<String> CUMULATIVE =
            Set.of("training_basic_coverage", "training_advanced_coverage", "elected_trained_share");

    @TempDir
    static Path out;

    private static List<Path> reports;

    @BeforeAll
    static void runTheDemo() throws IOException {
        StringWriter errors = new StringWriter();
        int code = new VinrCli(new PrintWriter(new StringWriter(), true), new PrintWriter(errors, true),
                new ApplicationStarter()).execute("demo", "--out", out.toString());
        assertThat(code).as(errors.toString()).isZero();
        try (Stream<Path> dirs = Files.list(out.resolve("reports").resolve("2280"))) {
            reports = dirs.sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyReportDrawsTheNewVictimsByAgeAndSex() throws IOException {
        for (Path report : reports) {
            assertThat(report.resolve("charts").resolve("victims_by_age_and_sex.svg")).as(report.toString()).exists();
            assertThat(Files.readString(report.resolve("rapport.html"))).as(report.toString())
                    .contains("victims_by_age_and_sex");
        }
    }

    @Test
    void noCsvRowShowsACountFromOneToFourOrAFigureComputedFromOne() throws IOException {
        for (Path report : reports) {
            for (CSVRecord row : csv(report)) {
                String what = report.getFileName() + " " + row.get("indicator") + " " + row.get("breakdown");
                Double numerator = number(row.get("numerator"));
                Double denominator = number(row.get("denominator"));
                if (row.get("suppressed").equals("true")) {
                    assertThat(row.get("numerator") + row.get("value") + row.get("ci_low") + row.get("ci_high"))
                            .as(what).isEmpty();
                    assertThat(isSmall(denominator)).as(what).isFalse();
                    continue;
                }
                assertThat(isSmall(numerator)).as(what + " numerator").isFalse();
                assertThat(isSmall(denominator)).as(what + " denominator").isFalse();
                if (row.get("unit").equals("count")) {
                    assertThat(isSmall(number(row.get("value")))).as(what + " value").isFalse();
                }
                if (row.get("unit").equals("percent") && numerator != null && denominator != null) {
                    assertThat(isSmall(Math.abs(denominator - numerator))).as(what + " complement").isFalse();
                }
            }
        }
    }

    @Test
    void noTotalLessItsShownPartsGivesACountFromOneToFour() throws IOException {
        for (Path report : reports) {
            Map<String, CSVRecord> rows = new HashMap<>();
            for (CSVRecord row : csv(report)) {
                rows.putIfAbsent(row.get("indicator") + "|" + row.get("breakdown"), row);
            }
            Map<String, List<CSVRecord>> parts = new HashMap<>();
            for (CSVRecord row : rows.values()) {
                String breakdown = row.get("breakdown");
                if (breakdown.equals("all") || OVERLAPPING.contains(row.get("indicator"))) {
                    continue;
                }
                // A row with two keys besides the role (victims by sex and age band) is a part in two
                // directions: of its sex, over the age bands, and of its age band, over the sexes.
                List<String> pairs = List.of(breakdown.split(";"));
                for (int i = pairs.size() - 1; i >= (pairs.size() > 2 ? 1 : pairs.size() - 1); i--) {
                    List<String> rest = new ArrayList<>(pairs);
                    String key = rest.remove(i).split("=")[0];
                    String total = rest.isEmpty() ? "all" : String.join(";", rest);
                    parts.computeIfAbsent(row.get("indicator") + "|" + total + "|" + key, k -> new ArrayList<>())
                            .add(row);
                }
            }
            assertThat(parts).as("the victims' age bands of each sex, and sexes of each age band")
                    .containsKeys("new_cases|role=victim;sex=K|age_band", "new_cases|role=victim;age_band=25-44|sex");
            parts.forEach((group, members) -> {
                String[] id = group.split("\\|");
                CSVRecord total = rows.get(id[0] + "|" + id[1]);
                List<CSVRecord> hidden = members.stream().filter(r -> r.get("suppressed").equals("true")).toList();
                if (total == null || hidden.size() != 1) {
                    return;
                }
                for (String column : List.of("numerator", "denominator")) {
                    Double whole = number(total.get(column));
                    if (whole == null || members.stream().anyMatch(r -> r != hidden.get(0) && number(r.get(column)) == null)) {
                        continue;
                    }
                    double rest = whole - members.stream().filter(r -> r != hidden.get(0))
                            .mapToDouble(r -> number(r.get(column))).sum();
                    assertThat(isSmall(rest)).as("%s %s: %s less the shown parts", report.getFileName(), group, column)
                            .isFalse();
                }
            });
        }
    }

    @Test
    void noIncreaseOfACumulativeFigureBetweenPublishedHalfYearsIsACountFromOneToFour() throws IOException {
        Map<String, Double> previous = new HashMap<>();
        for (Path report : reports) {
            Map<String, Double> current = new HashMap<>();
            for (CSVRecord row : csv(report)) {
                if (CUMULATIVE.contains(row.get("indicator")) && number(row.get("numerator")) != null) {
                    current.put(row.get("indicator") + "|" + row.get("breakdown"), number(row.get("numerator")));
                }
            }
            current.forEach((key, value) -> {
                Double before = previous.get(key);
                assertThat(before != null && isSmall(Math.abs(value - before)))
                        .as("%s %s: %s after %s", report.getFileName(), key, value, before).isFalse();
            });
            previous.clear();
            previous.putAll(current);
        }
    }

    @Test
    void noSpreadsheetCellShowsACountFromOneToFour() throws IOException {
        for (Path report : reports) {
            try (InputStream in = Files.newInputStream(report.resolve("indicators.xlsx"));
                 ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                for (Sheet sheet : workbook.getSheets().toList()) {
                    for (Row row : sheet.read()) {
                        if (row.getRowNum() == 1) {
                            continue;
                        }
                        String what = report.getFileName() + " " + sheet.getName() + " row " + row.getRowNum();
                        boolean hidden = row.getCellText(14).equals("ja");
                        Optional<BigDecimal> numerator = numberCell(row, 5);
                        Optional<BigDecimal> value = numberCell(row, 7);
                        assertThat(numerator.filter(DemoOutputsTest::isSmall)).as(what + " numerator").isEmpty();
                        assertThat(numberCell(row, 6).filter(DemoOutputsTest::isSmall)).as(what + " denominator")
                                .isEmpty();
                        if (numerator.isPresent() && numerator.equals(value)) {
                            assertThat(value.filter(DemoOutputsTest::isSmall)).as(what + " value").isEmpty();
                        }
                        if (hidden) {
                            for (int column : new int[] {5, 7, 9, 10}) {
                                assertThat(row.getCellText(column)).as(what + " column " + column).isEqualTo("..");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void noTableCellOfTheReportShowsACountFromOneToFour() throws IOException {
        Pattern cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
        for (Path report : reports) {
            String html = Files.readString(report.resolve("rapport.html"));
            String scanned = withoutCountsOfNoPersons(html);
            Matcher m = cell.matcher(scanned);
            while (m.find()) {
                String text = m.group(1).replaceAll("<[^>]+>", "").strip();
                assertThat(SMALL.matcher(text).matches()).as("%s: a table cell shows %s", report.getFileName(), text)
                        .isFalse();
            }
            assertThat(html).as(report.getFileName().toString()).doesNotContainPattern("\\b[1-4] rader\\b");
        }
    }

    @Test
    void noDataRowOfThePdfShowsACountFromOneToFour() throws IOException {
        for (Path report : reports) {
            String text;
            try (PDDocument pdf = Loader.loadPDF(report.resolve("rapport.pdf").toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                text = stripper.getText(pdf);
            }
            assertThat(text).contains("dold");
            for (String line : text.split("\\R")) {
                String[] tokens = line.strip().split("\\s+");
                // The charts' data tables: a half-year, then its figures.
                if (tokens.length > 1 && PERIOD.matcher(tokens[0]).matches()) {
                    for (String token : tokens) {
                        assertThat(SMALL.matcher(token).matches()).as("%s: %s", report.getFileName(), line).isFalse();
                    }
                }
            }
            assertThat(text).doesNotContainPattern("\\b[1-4] rader\\b");
        }
    }

    @Test
    void noChartLabelShowsACountFromOneToFour() throws IOException {
        Pattern label = Pattern.compile("<text x='([-\\d.]+)' y='([-\\d.]+)'[^>]*>([^<]*)</text>");
        for (Path report : reports) {
            List<Path> charts;
            try (Stream<Path> files = Files.list(report.resolve("charts"))) {
                charts = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
            }
            assertThat(charts).isNotEmpty();
            for (Path chart : charts) {
                List<double[]> numbers = new ArrayList<>();
                Matcher m = label.matcher(Files.readString(chart, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(3).strip().matches("\\d+")) {
                        numbers.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                                Double.parseDouble(m.group(3).strip())});
                    }
                }
                for (double[] number : numbers) {
                    boolean small = number[2] >= 1 && number[2] <= 4;
                    assertThat(small && !onAnAxis(number, numbers)).as("%s: a label shows %s", chart, (int) number[2])
                            .isFalse();
                }
            }
        }
    }

    /**
     * An axis tick: it shares its x (a vertical axis) or its y (a horizontal one) with other numbers that,
     * with it, run evenly from 0.
     */
    private static boolean onAnAxis(double[] number, List<double[]> numbers) {
        for (int coordinate = 0; coordinate < 2; coordinate++) {
            int c = coordinate;
            List<Double> line = numbers.stream().filter(n -> Math.abs(n[c] - number[c]) < 0.5).map(n -> n[2])
                    .sorted().distinct().toList();
            if (line.size() >= 2 && line.get(0) == 0) {
                double step = line.get(1) - line.get(0);
                boolean even = true;
                for (int i = 2; i < line.size(); i++) {
                    even &= Math.abs(line.get(i) - line.get(i - 1) - step) < 1e-9;
                }
                if (even) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The report without the two tables that count no persons (see the class comment). */
    private static String withoutCountsOfNoPersons(String html) {
        String scanned = html.replaceAll("(?s)<section id=\"handlingsplan\".*?</section>", "");
        int quality = scanned.indexOf("id=\"datakvalitet\"");
        int firstTableEnd = scanned.indexOf("</table>", quality);
        assertThat(quality).as("the data-quality section").isPositive();
        return scanned.substring(0, quality) + scanned.substring(firstTableEnd);
    }

    private static List<CSVRecord> csv(Path report) throws IOException {
        try (Reader reader = Files.newBufferedReader(report.resolve("indicators.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Optional<BigDecimal> numberCell(Row row, int column) {
        return row.getOptionalCell(column).filter(c -> c.getType() == CellType.NUMBER).map(Cell::asNumber);
    }

    private static Double number(String text) {
        return text == null || text.isEmpty() ? null : Double.valueOf(text);
    }

    private static boolean isSmall(Double value) {
        return value != null && value >= 1 && value <= 4;
    }

    private static boolean isSmall(BigDecimal value) {
        return isSmall(value.doubleValue());
    }
}
