package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlPoint;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.Unit;
import se.vinr.reports.tables.IndicatorsXlsxWriter;

/**
 * The control chart a reader sees, the verdict in the tables and the limits in {@code indicators.xlsx} are
 * one computation: the chart draws the published limits, the spreadsheet lists them, and both agree.
 */
class ControlChartAgreementTest {

    private static final String SCREENING = "screening_rate";

    /** The full fixture with a published p-chart for screening: one improvement, one concern-free latest. */
    private static ReportModel modelWithChart() {
        ReportModel base = ModelFixtures.fullModel();
        ReportFacts facts = new ReportFacts(base);
        List<ControlPoint> points = new ArrayList<>();
        List<IndicatorValue> series = facts.series(SCREENING, Breakdown.ALL);
        for (int i = 0; i < series.size(); i++) {
            IndicatorValue v = series.get(i);
            if (v != null && v.value() != null) {
                ControlSignal variation = i == 1 ? ControlSignal.SPECIAL_CAUSE_LOW
                        : i == 2 ? ControlSignal.SPECIAL_CAUSE_HIGH : ControlSignal.COMMON_CAUSE;
                points.add(new ControlPoint(facts.periods().get(i), v.value(), 61.25 + i / 8.0, 40.5 - i / 16.0,
                        82.125 + i / 32.0, variation));
            }
        }
        List<TrendFinding> trends = new ArrayList<>();
        for (TrendFinding f : base.trends()) {
            trends.add(!f.indicator().equals(SCREENING) ? f : new TrendFinding(f.indicator(), f.breakdown(),
                    f.changeFromPrevious(), f.previousChange(), f.changeFromYearEarlier(), f.yearEarlierChange(),
                    f.trend(), f.unbrokenPoints(), points.get(points.size() - 1).variation(), f.goalAssurance(), points,
                    f.flagComparisons()));
        }
        return new ReportModel(base.language(), base.municipalityCode(), base.municipalityName(), base.period(),
                base.periods(), base.definitions(), base.values(), trends, base.peers(), base.sources(),
                base.seriesBreaks(), base.dataQuality(), base.plan(), base.suppressionThreshold(), base.protectionLevel(),
                base.confidenceLevel(), base.toolVersion(), base.created(), base.areaNames(), base.population());
    }

    @Test
    void theDrawnLimitsAreThePublishedOnesAndEqualTheSpreadsheets(@TempDir Path dir) throws Exception {
        ReportModel model = modelWithChart();
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        ChartContext ctx = ChartContext.of(facts, new ChartStyle(new ReportFonts()));
        Chart chart = new ControlCharts(ctx).pChart(SCREENING).orElseThrow();
        List<ControlPoint> published = facts.trend(SCREENING, Breakdown.ALL).orElseThrow().controlChart();
        Path xlsx = dir.resolve("indicators.xlsx");
        new IndicatorsXlsxWriter().write(facts, xlsx);
        List<Row> sheet;
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            sheet = workbook.findSheet("Styrdiagram").orElseThrow().read();
        }
        List<Row> rows = sheet.subList(1, sheet.size()).stream()
                .filter(r -> r.getCellText(1).equals(SCREENING)).toList();

        assertThat(rows).hasSameSizeAs(published);
        for (int i = 0; i < published.size(); i++) {
            ControlPoint point = published.get(i);
            Row row = rows.get(i);
            assertThat(row.getCellText(3)).isEqualTo(point.period());
            assertThat(number(row, 5)).isEqualTo(point.centre());
            assertThat(number(row, 6)).isEqualTo(point.lower());
            assertThat(number(row, 7)).isEqualTo(point.upper());
            List<String> drawn = chart.table().rows().get(facts.periods().indexOf(point.period()));
            assertThat(drawn.subList(4, 8)).as(point.period()).containsExactly(
                    ctx.numbers().number(number(row, 5), Unit.PERCENT), ctx.numbers().number(number(row, 6), Unit.PERCENT),
                    ctx.numbers().number(number(row, 7), Unit.PERCENT), row.getCellText(8));
        }
        assertThat(new ChartExporter(new ReportFonts(), "").render(chart).svgElement()).startsWith("<svg")
                .doesNotContain("NaN");
    }

    @Test
    void everyMarkDrawnIsNamedInTheCaption() {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(modelWithChart()));
        Chart chart = new ControlCharts(ChartContext.of(facts, new ChartStyle(new ReportFonts()))).pChart(SCREENING)
                .orElseThrow();

        assertThat(chart.caption()).contains("Grå linje och punkter", "Heldragna streck: medellinjen",
                "streckade: styrgränserna", "Blå fyrkant: särskild orsak – förbättring",
                "Orange fyrkant: särskild orsak – försämring", "Prickad lodrät linje: seriebrott");
        assertThat(chart.table().rows()).anySatisfy(row -> assertThat(row).contains("särskild orsak – förbättring"));
    }

    @Test
    void withoutAPublishedChartNoLimitIsDrawnAndTheCaptionSaysWhy() {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel()));
        Chart chart = new ControlCharts(ChartContext.of(facts, new ChartStyle(new ReportFonts()))).pChart(SCREENING)
                .orElseThrow();

        assertThat(chart.table().rows()).allSatisfy(row -> assertThat(row.get(4)).isEqualTo(row.get(5)));
        assertThat(chart.caption()).contains("Inga styrgränser");
    }

    private static double number(Row row, int column) {
        return row.getCellAsNumber(column).map(BigDecimal::doubleValue).orElseThrow();
    }
}
