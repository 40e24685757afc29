package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.Unit;

/**
 * The charts as the SVG a browser draws: each title once in a report, no chart of nothing but hidden
 * values, a line that stops at a series break, and text no smaller than 12 px at the page's width.
 */
class ChartSvgTest {

    /** A straight piece of a drawn line: JFreeSVG writes each segment between two points as one element. */
    private static final Pattern LINE = Pattern.compile("<line x1='([\\d.]+)' y1='[\\d.]+' x2='([\\d.]+)' y2='[\\d.]+' style='([^']*)'");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*([\\d.]+)px");

    static ReportFonts fonts;
    static List<Chart> charts;
    static List<RenderedChart> rendered;

    @BeforeAll
    static void draw() {
        fonts = new ReportFonts();
        charts = charts(ModelFixtures.fullModel());
        ChartExporter exporter = new ChartExporter(fonts, "Demo – syntetiska data");
        rendered = charts.stream().map(exporter::render).toList();
    }

    private static List<Chart> charts(ReportModel model) {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        return new ReportCharts(ChartContext.of(facts, new ChartStyle(fonts)))
                .build(List.of(new ReportCharts.TrendKey("new_cases", Breakdown.ALL),
                        new ReportCharts.TrendKey("risk_assessed_share", Breakdown.ALL)));
    }

    @Test
    void everyChartTitleIsUniqueWithinTheReport() {
        assertThat(charts).extracting(Chart::title).doesNotHaveDuplicates();
        assertThat(rendered).extracting(r -> r.chart().title()).allSatisfy(title -> assertThat(title).isNotBlank());
    }

    @Test
    void twoChartsWithTheSameFindingEachNameTheirIndicator() {
        Chart a = new Chart("a", "Inom förväntad variation", "Nya ärenden – Antal, Härnösand, andra halvåret 2025", "", "",
                800, 400, (g2, area) -> { }, new DataTable(List.of("x", "y"), List.of(List.of("1", "2"))));
        Chart b = new Chart("b", "Inom förväntad variation", "Andel med riskbedömning – Andel, Härnösand, andra halvåret 2025",
                "", "", 800, 400, (g2, area) -> { }, new DataTable(List.of("x", "y"), List.of(List.of("1", "2"))));
        ReportCharts builder = new ReportCharts(ChartContext.of(new ReportFacts(ModelFixtures.fullModel()), new ChartStyle(fonts)));

        assertThat(builder.uniqueTitles(List.of(a, b))).extracting(Chart::title)
                .containsExactly("Nya ärenden: inom förväntad variation", "Andel med riskbedömning: inom förväntad variation");
    }

    @Test
    void aFindingThatDoesNotNameItsIndicatorGetsItInFrontAndOneThatDoesIsLeftAlone() {
        Chart funnel = new Chart("f", "Härnösand över trattens 95 %-gräns", "Andel med riskbedömning – Andel i procent, "
                + "Härnösand, andra halvåret 2025", "", "", 800, 400, (g2, area) -> { },
                new DataTable(List.of("x", "y"), List.of(List.of("1", "2"))));
        Chart trend = new Chart("t", "Nya ärenden per halvår", "Nya ärenden – Antal, Härnösand, andra halvåret 2025", "", "",
                800, 400, (g2, area) -> { }, new DataTable(List.of("x", "y"), List.of(List.of("1", "2"))));
        Chart spine = new Chart("s", "0 av 2 indikatorer sämre än riket", "Alla indikatorer jämförda med riket, Härnösand, "
                + "andra halvåret 2025", "", "", 800, 400, (g2, area) -> { },
                new DataTable(List.of("x", "y"), List.of(List.of("1", "2"))));
        ReportCharts builder = new ReportCharts(ChartContext.of(new ReportFacts(ModelFixtures.fullModel()), new ChartStyle(fonts)));

        assertThat(builder.uniqueTitles(List.of(funnel, trend, spine))).extracting(Chart::title).containsExactly(
                "Andel med riskbedömning: Härnösand över trattens 95 %-gräns", "Nya ärenden per halvår",
                "0 av 2 indikatorer sämre än riket");
    }

    @Test
    void aSeriesBreakSplitsTheLineOfEveryChartThatMarksIt() {
        int checked = 0;
        for (RenderedChart chart : rendered) {
            List<double[]> lines = new ArrayList<>();
            List<Double> breaks = new ArrayList<>();
            Matcher m = LINE.matcher(chart.svgElement());
            while (m.find()) {
                double x1 = Double.parseDouble(m.group(1));
                double x2 = Double.parseDouble(m.group(2));
                String style = m.group(3);
                // The break marker: a vertical dotted line in the muted text colour.
                if (x1 == x2 && style.contains("stroke-dasharray:1.5,3.0") && style.contains("rgb(85,85,85)")) {
                    breaks.add(x1);
                } else if (style.startsWith("stroke-width:2.4") && x1 != x2) {
                    lines.add(new double[] {Math.min(x1, x2), Math.max(x1, x2)});
                }
            }
            if (breaks.isEmpty() || lines.isEmpty()) {
                continue;
            }
            checked++;
            for (double x : breaks) {
                assertThat(lines).as("%s: a line segment across the series break at x=%s", chart.chart().id(), x)
                        .noneMatch(segment -> segment[0] < x && x < segment[1]);
            }
        }
        assertThat(checked).as("charts with both a series break and a line").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aChartWhoseEveryValueIsHiddenIsNeverDrawn() {
        ReportModel model = ModelFixtures.minimal().periods(List.of("2025H2", "2026H1"))
                .definition("training_basic_coverage", "Andel anställda med grundutbildning", "Share of staff with basic training",
                        Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "", null)
                .share("2026H1", "training_basic_coverage", "all", 30, 300, null, null, null)
                .share("2026H1", "training_basic_coverage", "department=A", 3, 40, null, null, null)
                .share("2026H1", "training_basic_coverage", "department=B", 2, 30, null, null, null)
                .build();
        List<Chart> built = charts(model);

        assertThat(built).filteredOn(c -> c.id().startsWith("training_basic_coverage_by_department"))
                .allMatch(ReportCharts::allHidden);
        assertThat(charts).noneMatch(ReportCharts::allHidden);
        // Women all hidden but men shown: the chart still has something to show.
        Chart pyramid = new Chart("p", "t", "s", "", "", 800, 400, (g2, area) -> { },
                new DataTable(List.of("Ålder", "Kvinnor", "Män"), List.of(List.of("18–24 år", "..", "7"), List.of("25–44 år", "..", "12"))));
        assertThat(ReportCharts.allHidden(pyramid)).isFalse();
    }

    /** The wide layout is shown only where the page's column is at least 800 px wide (report.css). */
    private static final double WIDE_SHOWN_AT = 800;
    /** A 390 px phone: less the page's 0.75rem padding each side and, at worst, a 15 px scrollbar. */
    private static final double NARROW_SHOWN_AT = 390 - 2 * 12 - 15;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox='0 0 ([\\d.]+) ([\\d.]+)'");

    @Test
    void everyTextOfEveryChartIsAtLeastTwelvePixelsAtThePagesWidth() {
        for (RenderedChart chart : rendered) {
            assertTextAtLeastTwelvePixels(chart.chart().id() + " (wide)", chart.svgElement(), WIDE_SHOWN_AT);
            assertTextAtLeastTwelvePixels(chart.chart().id() + " (narrow)", chart.narrowSvgElement(), NARROW_SHOWN_AT);
        }
    }

    /** Font size in the SVG's units times the width it is shown at over its view box's width. */
    private static void assertTextAtLeastTwelvePixels(String name, String svg, double shownAt) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("%s has a view box", name).isTrue();
        double scale = shownAt / Double.parseDouble(box.group(1));
        Matcher m = FONT_SIZE.matcher(svg);
        int texts = 0;
        while (m.find()) {
            texts++;
            assertThat(Double.parseDouble(m.group(1)) * scale).as("%s: a text's size in px", name).isGreaterThanOrEqualTo(12);
        }
        assertThat(texts).as("%s: texts with a font size", name).isPositive();
    }

    @Test
    void theNarrowLayoutIsNarrowerAndKeepsEveryWordOfItsTitle() {
        for (RenderedChart chart : rendered) {
            Matcher wide = VIEW_BOX.matcher(chart.svgElement());
            Matcher narrow = VIEW_BOX.matcher(chart.narrowSvgElement());
            assertThat(wide.find() && narrow.find()).isTrue();
            assertThat(Double.parseDouble(wide.group(1))).isEqualTo(Chart.WIDTH);
            assertThat(Double.parseDouble(narrow.group(1))).isEqualTo(Chart.NARROW_WIDTH);
            // Every word of the title is in the narrow chart, on however many lines it takes.
            for (String word : chart.chart().title().split(" ")) {
                assertThat(chart.narrowSvgElement()).as("%s: '%s' of its title", chart.chart().id(), word)
                        .contains(escaped(word));
            }
        }
    }

    @Test
    void theReportsChartsLeaveTheirSourceToTheFigureCaptionAndTheFilesKeepIt() {
        for (RenderedChart chart : rendered) {
            String source = escaped(chart.chart().caption().substring(0, 20));
            assertThat(chart.svgDocument()).as(chart.chart().id()).contains(source);
            assertThat(chart.svgElement()).as(chart.chart().id()).doesNotContain(source);
            assertThat(chart.narrowSvgElement()).as(chart.chart().id()).doesNotContain(source);
        }
    }

    @Test
    void everyRowOfTheSpineIsNamedInFullAtEitherWidth() {
        RenderedChart spine = rendered.stream().filter(r -> r.chart().id().equals("spine")).findFirst().orElseThrow();
        assertThat(spine.chart().table().rows()).isNotEmpty();
        for (String svg : List.of(spine.svgElement(), spine.narrowSvgElement())) {
            String text = texts(svg);
            for (List<String> row : spine.chart().table().rows()) {
                assertThat(text).as("the spine's text").contains(escaped(row.get(0)).replace('\u00a0', ' '));
            }
        }
    }

    @Test
    void aGoalAtTheTopOfTheAxisIsNamedInsideThePlotBelowItsLine() {
        ChartStyle style = new ChartStyle(fonts);
        PeriodPlot plot = new PeriodPlot(style, List.of("2025H1", "2025H2", "2026H1"), NumberFormat.getInstance(), "Procent")
                .line("Härnösand", Palette.BLUE, Arrays.asList(55.0, 70.0, 94.0))
                .goal(100, "Mål 100 %")
                .upperLimit(100);
        SVGGraphics2D svg = new SVGGraphics2D(Chart.NARROW_WIDTH, 300);
        plot.build(Chart.NARROW_WIDTH - 30, 300).draw(svg, new Rectangle2D.Double(0, 0, Chart.NARROW_WIDTH, 300));
        String element = svg.getSVGElement();

        double goal = textY(element, "Mål 100 %");
        double top = textY(element, "100");
        assertThat(goal).as("the goal's name, below the top tick's label").isGreaterThan(top);
        assertThat(goal).isLessThan(300);
    }

    @Test
    void aHiddenValuesGapIsMarkedWithTwoDotsWhereItIs() {
        PeriodPlot plot = new PeriodPlot(new ChartStyle(fonts), List.of("2025H1", "2025H2", "2026H1"), NumberFormat.getInstance(), "Antal")
                .line("Härnösand", Palette.BLUE, Arrays.asList(12.0, null, 14.0))
                .hidden(Palette.BLUE, List.of(false, true, false));
        SVGGraphics2D svg = new SVGGraphics2D(Chart.WIDTH, 300);
        plot.build(Chart.WIDTH - 30, 300).draw(svg, new Rectangle2D.Double(0, 0, Chart.WIDTH, 300));
        String element = svg.getSVGElement();

        double mark = textX(element, "..");
        assertThat(mark).as("the mark between the first and the last half-year's names")
                .isBetween(textX(element, "2025H1"), textX(element, "2026H1"));
    }

    private static double textX(String svg, String text) {
        Matcher m = Pattern.compile("<text x='([\\d.-]+)' y='[\\d.-]+'[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertThat(m.find()).as("a text '%s'", text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The y of the first text whose content is exactly {@code text}, as JFreeSVG writes it. */
    private static double textY(String svg, String text) {
        Matcher m = Pattern.compile("<text x='[\\d.-]+' y='([\\d.-]+)'[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertThat(m.find()).as("a text '%s' in %s", text, svg.length() > 300 ? svg.substring(0, 300) : svg).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Every text of an SVG, each line joined to the next by a space, as a reader reads them. */
    private static String texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1));
        }
        return String.join(" ", lines).replace('\u00a0', ' ');
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void theDemoMarkIsOnEveryChart() {
        assertThat(rendered).allSatisfy(r -> assertThat(r.svgElement()).contains("Demo – syntetiska data"));
    }
}
