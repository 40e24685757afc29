package se.vinr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.Words;

/**
 * In every demo report, the control charts draw the limits the statistics published: the figures behind
 * each drawn chart (its table in {@code rapport.html}) equal the sheet {@code Styrdiagram} of
 * {@code indicators.xlsx}, half-year by half-year. The demo runs over ten half-years, so that the charts have
 * the six baseline half-years their limits need.
 */
class DemoControlChartsTest {

    private static final Map<String, Unit> CHARTS = Map.of("p_chart_screening_rate", Unit.PERCENT,
            "u_chart_new_victims_rate", Unit.PER_10000);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @TempDir
    static Path out;

    private static List<Path> reports;

    @BeforeAll
    static void runTheDemo() throws IOException {
        StringWriter errors = new StringWriter();
        int code = new VinrCli(new PrintWriter(new StringWriter(), true), new PrintWriter(errors, true),
                new ApplicationStarter()).execute("demo", "--from", "2021H1", "--out", out.toString());
        assertThat(code).as(errors.toString()).isZero();
        try (Stream<Path> dirs = Files.list(out.resolve("reports").resolve("2280"))) {
            reports = dirs.sorted().toList();
        }
        assertThat(reports).isNotEmpty();
    }

    private record Limits(double centre, double lower, double upper, String verdict) {
    }

    @Test
    void everyDrawnControlChartShowsTheLimitsOfTheSpreadsheet() throws IOException {
        NumberText numbers = new NumberText(new Words(Language.SV));
        int compared = 0;
        for (Path report : reports) {
            String html = Files.readString(report.resolve("rapport.html"));
            Map<String, Map<String, Limits>> sheet = sheet(report.resolve("indicators.xlsx"));
            for (Map.Entry<String, Unit> chart : CHARTS.entrySet()) {
                String indicator = chart.getKey().substring(chart.getKey().indexOf("chart_") + 6);
                List<List<String>> drawn = table(html, chart.getKey());
                Map<String, Limits> published = sheet.getOrDefault(indicator, Map.of());
                if (drawn.isEmpty()) {
                    continue;
                }
                for (List<String> row : drawn) {
                    Limits limits = published.get(row.get(0));
                    String where = report.getFileName() + " " + chart.getKey() + " " + row.get(0);
                    if (limits == null) {
                        assertThat(row.subList(4, 7)).as(where).containsOnly(NumberText.MISSING);
                        assertThat(row.get(7)).as(where).isEqualTo("ej bedömd");
                        continue;
                    }
                    assertThat(row.subList(4, 8)).as(where).containsExactly(
                            numbers.number(limits.centre(), chart.getValue()),
                            numbers.number(limits.lower(), chart.getValue()),
                            numbers.number(limits.upper(), chart.getValue()), limits.verdict());
                    compared++;
                }
                assertThat(drawn.stream().map(r -> r.get(0)).toList()).as(report.getFileName() + " " + chart.getKey())
                        .containsAll(published.keySet());
            }
        }
        assertThat(compared).as("half-years with published limits compared").isPositive();
    }

    /** The figures table of a chart in the report, without its header. */
    private static List<List<String>> table(String html, String chartId) {
        int figure = html.indexOf("id=\"fig-" + chartId + "\"");
        if (figure < 0) {
            return List.of();
        }
        int start = html.indexOf("<table", figure);
        int end = html.indexOf("</table>", start);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html.substring(start, end));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(1)));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&nbsp;", "\u00A0").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    /** indicator → half-year → the published limits, from the sheet Styrdiagram. */
    private static Map<String, Map<String, Limits>> sheet(Path xlsx) throws IOException {
        Map<String, Map<String, Limits>> limits = new HashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.findSheet("Styrdiagram").orElse(null);
            if (sheet == null) {
                return limits;
            }
            List<Row> rows = sheet.read();
            for (Row row : rows.subList(1, rows.size())) {
                limits.computeIfAbsent(row.getCellText(1), k -> new HashMap<>()).put(row.getCellText(3),
                        new Limits(number(row, 5), number(row, 6), number(row, 7), row.getCellText(8)));
            }
        }
        return limits;
    }

    private static double number(Row row, int column) {
        return row.getCellAsNumber(column).map(BigDecimal::doubleValue).orElseThrow();
    }
}
