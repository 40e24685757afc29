package se.vinr.reports.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/** Where the municipality stands against others: the spine chart and the funnel plots. */
public final class ComparisonCharts {

    private static final double Z95 = 1.959964;
    private static final double Z998 = 3.090232;

    /** The reference area of other municipalities' values (the grey spread behind each row). */
    private static final String PEERS = "kommuner";

    private final ChartContext ctx;

    public ComparisonCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    /** The stable chart name of an indicator's funnel plot. */
    public static String funnelId(String indicator) {
        return "funnel_" + indicator;
    }

    /**
     * Every indicator against the national value, as a per cent of it (riket = 100), coloured by the
     * comparison read with the indicator's polarity; peers' spread behind it where there are peers.
     */
    public Optional<Chart> spine() {
        ReportFacts facts = ctx.facts();
        NumberText numbers = ctx.numbers();
        RowPlot plot = new RowPlot(ctx.style(), numbers.format(0), ctx.t("Procent av rikets värde (riket = 100)",
                "Per cent of Sweden's value (Sweden = 100)"));
        List<List<String>> table = new ArrayList<>();
        int worse = 0;
        for (IndicatorDefinition d : facts.definitions()) {
            Optional<IndicatorValue> row = facts.against(d.id(), Breakdown.ALL, facts.period(), ReportFacts.NATIONAL)
                    .filter(v -> v.referenceValue() != null && v.referenceValue() != 0);
            if (row.isEmpty()) {
                continue;
            }
            IndicatorValue v = row.get();
            double reference = v.referenceValue();
            Assessment assessment = Assessment.of(v.comparison(), d.polarity());
            String label = PlainText.clean(d.title(ctx.words().language()));
            boolean hidden = v.suppressed() || v.value() == null;
            Double ratio = hidden ? null : v.value() / reference * 100;
            Double low = hidden || v.ciLow() == null ? null : v.ciLow() / reference * 100;
            Double high = hidden || v.ciHigh() == null ? null : v.ciHigh() / reference * 100;
            List<Double> peerRatios = facts.peers(d.id()).stream()
                    .filter(p -> !p.municipalityCode().equals(facts.model().municipalityCode()))
                    .map(p -> p.value() / reference * 100).sorted().toList();
            Double rangeLow = peerRatios.isEmpty() ? null : peerRatios.get(0);
            Double rangeHigh = peerRatios.isEmpty() ? null : peerRatios.get(peerRatios.size() - 1);
            Double q1 = peerRatios.size() < 4 ? null : quantile(peerRatios, 0.25);
            Double q3 = peerRatios.size() < 4 ? null : quantile(peerRatios, 0.75);
            plot.row(new RowPlot.Row(label, ratio, low, high, Palette.of(assessment), numbers.valueWithUnit(v),
                    rangeLow, rangeHigh, q1, q3));
            worse += assessment == Assessment.WORSE ? 1 : 0;
            table.add(List.of(PlainText.clean(d.title(ctx.words().language())), numbers.valueWithUnit(v),
                    numbers.withUnit(reference, v.unit()), ratio == null ? NumberText.SUPPRESSED : numbers.number(ratio, 0),
                    assessmentWord(assessment)));
        }
        if (plot.size() == 0) {
            return Optional.empty();
        }
        plot.atLeast(200);
        plot.line(100, ctx.t("Riket", "Sweden"), Palette.BLACK);
        int compared = plot.size();
        String title = Headline.fit(worse + ctx.t(" av ", " of ") + compared + ctx.t(" indikatorer sämre än riket",
                " indicators worse than Sweden"));
        return Optional.of(new Chart("spine", title,
                ctx.subtitle(ctx.t("Alla indikatorer jämförda med riket", "Every indicator compared with Sweden"), facts.period()),
                ctx.caption(facts.period(), facts.definitions().stream().map(IndicatorDefinition::id).toList(),
                        area -> ReportFacts.NATIONAL.equals(area) || PEERS.equals(area)) + " "
                        + ctx.t("Färg: blå bättre, röd-orange sämre, lila högre/lägre utan given riktning, grå ingen säker skillnad, vit ej jämförd. Grå staplar: andra kommuners spridning.",
                        "Colour: blue better, vermillion worse, purple higher/lower without a good direction, grey no clear difference, white not compared. Grey bars: other municipalities' spread."),
                "", Chart.WIDTH, plot.chartHeight(), plot,
                new DataTable(List.of(ctx.t("Indikator", "Indicator"), ctx.t("Värde", "Value"), ctx.t("Riket", "Sweden"),
                        ctx.t("I procent av riket", "Per cent of Sweden"), ctx.t("Jämförelse", "Comparison")), table)));
    }

    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }

    public String assessmentWord(Assessment assessment) {
        return switch (assessment) {
            case BETTER -> ctx.t("bättre", "better");
            case WORSE -> ctx.t("sämre", "worse");
            case HIGHER -> ctx.t("högre", "higher");
            case LOWER -> ctx.t("lägre", "lower");
            case SIMILAR -> ctx.t("ingen säker skillnad", "no clear difference");
            case NOT_COMPARED -> ctx.t("ej jämförd", "not compared");
        };
    }

    /** A funnel plot of an indicator's value against its denominator for the peers, where there are peers. */
    public Optional<Chart> funnel(String indicator) {
        ReportFacts facts = ctx.facts();
        Optional<IndicatorDefinition> definition = facts.definition(indicator);
        Unit unit = definition.map(IndicatorDefinition::unit).orElse(Unit.PERCENT);
        if (unit != Unit.PERCENT && unit != Unit.PER_10000) {
            return Optional.empty();
        }
        List<PeerValue> peers = facts.peers(indicator).stream()
                .filter(p -> !p.municipalityCode().equals(facts.model().municipalityCode()) && p.denominator() > 0)
                .toList();
        if (peers.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndicatorValue> own = facts.latest(indicator, Breakdown.ALL)
                .filter(v -> !v.suppressed() && v.value() != null && v.denominator() != null && v.denominator() > 0);
        Double national = facts.against(indicator, Breakdown.ALL, facts.period(), ReportFacts.NATIONAL)
                .map(IndicatorValue::referenceValue).orElse(null);
        double target = national != null ? national
                : peers.stream().mapToDouble(p -> p.value() * p.denominator()).sum()
                / peers.stream().mapToDouble(PeerValue::denominator).sum();
        double minX = peers.stream().mapToDouble(PeerValue::denominator).min().orElse(1);
        double maxX = peers.stream().mapToDouble(PeerValue::denominator).max().orElse(1);
        if (own.isPresent()) {
            minX = Math.min(minX, own.get().denominator());
            maxX = Math.max(maxX, own.get().denominator());
        }
        double from = minX * 0.8;
        double to = maxX * 1.2;
        boolean log = to / from > 20;

        XYSeriesCollection limits = new XYSeriesCollection();
        XYSeries lo95 = new XYSeries("lo95");
        XYSeries hi95 = new XYSeries("hi95");
        XYSeries lo998 = new XYSeries("lo998");
        XYSeries hi998 = new XYSeries("hi998");
        for (int i = 0; i <= 120; i++) {
            double n = log ? from * Math.pow(to / from, i / 120.0) : from + (to - from) * i / 120.0;
            double sd = unit == Unit.PERCENT
                    ? Math.sqrt(target / 100 * (1 - target / 100) / n) * 100
                    : Math.sqrt(target * 10_000 / n);
            double cap = unit == Unit.PERCENT ? 100 : Double.MAX_VALUE;
            lo95.add(n, Math.max(0, target - Z95 * sd));
            hi95.add(n, Math.min(cap, target + Z95 * sd));
            lo998.add(n, Math.max(0, target - Z998 * sd));
            hi998.add(n, Math.min(cap, target + Z998 * sd));
        }
        limits.addSeries(lo95);
        limits.addSeries(hi95);
        limits.addSeries(lo998);
        limits.addSeries(hi998);

        XYSeriesCollection points = new XYSeriesCollection();
        XYSeries others = new XYSeries(ctx.t("Andra kommuner", "Other municipalities"), false, true);
        peers.forEach(p -> others.add(p.denominator(), p.value()));
        points.addSeries(others);
        XYSeries us = new XYSeries(facts.municipalityName(), false, true);
        own.ifPresent(v -> us.add(v.denominator(), v.value()));
        points.addSeries(us);

        // The axis fits the points and the reference value, not zero: the funnel's outer curves may leave
        // the plot where few are counted, as no municipality lies out there.
        double maxY = Math.max(peers.stream().mapToDouble(PeerValue::value).max().orElse(target),
                own.map(IndicatorValue::value).orElse(target));
        double minY = Math.min(peers.stream().mapToDouble(PeerValue::value).min().orElse(target),
                own.map(IndicatorValue::value).orElse(target));
        maxY = Math.max(maxY, target);
        minY = Math.min(minY, target);
        double pad = Math.max((maxY - minY) * 0.08, Math.abs(target) * 0.02);
        double step = ChartStyle.niceStep((maxY - minY + 2 * pad) / 6, false);
        double upper = Math.ceil((maxY + pad) / step) * step;
        double lower = Math.max(0, Math.floor((minY - pad) / step) * step);
        if (unit == Unit.PERCENT) {
            upper = Math.min(upper, 100);
        }
        NumberText numbers = ctx.numbers();
        String title = funnelTitle(own, unit, target);
        String denominatorName = unit == Unit.PERCENT ? ctx.t("Nämnare (antal)", "Denominator (number)")
                : ctx.t("Invånare (nämnare)", "Inhabitants (denominator)");
        double top = upper;
        double bottom = lower;
        String targetLabel = (national != null ? ctx.t("Riket ", "Sweden ") : ctx.t("Samlat värde ", "Pooled value "))
                + numbers.withUnit(target, unit);
        boolean logAxis = log;
        double lowerX = from;
        double upperX = to;
        List<List<String>> table = new ArrayList<>();
        own.ifPresent(v -> table.add(List.of(facts.municipalityName(), numbers.withUnit(v.value(), unit),
                numbers.number(v.denominator(), Unit.COUNT))));
        peers.stream().sorted(Comparator.comparingDouble(PeerValue::value).reversed())
                .forEach(p -> table.add(List.of(PlainText.clean(p.municipalityName()), numbers.withUnit(p.value(), unit),
                        numbers.number(p.denominator(), Unit.COUNT))));
        String sources = String.join("; ", peers.stream().map(p -> PlainText.clean(p.source()) + " " + PlainText.clean(p.period()))
                .distinct().toList());
        return Optional.of(new Chart(funnelId(indicator), title,
                ctx.title(indicator) + " – " + ctx.subtitle(ctx.measure(unit) + ctx.t(" mot nämnarens storlek", " against the size of the denominator"),
                        facts.period()),
                ctx.caption(facts.period(), List.of(indicator), area -> national != null && ReportFacts.NATIONAL.equals(area)) + " "
                        + ctx.t("Andra kommuner: ", "Other municipalities: ") + sources + ". "
                        + ctx.t("Trattens gränser: 95 % (streckad) och 99,8 % (prickad) kring ",
                        "Funnel limits: 95 % (dashed) and 99.8 % (dotted) around ")
                        + (national != null ? ctx.t("rikets värde", "Sweden's value") : ctx.t("kommunernas samlade värde", "the pooled value"))
                        + " " + numbers.withUnit(target, unit) + ".",
                "", Chart.WIDTH, TrendCharts.HEIGHT,
                (g2, area) -> funnelChart(limits, points, unit, targetLabel, target, bottom, top, logAxis, lowerX, upperX,
                        denominatorName, own.isPresent()).draw(g2, area),
                new DataTable(List.of(ctx.t("Kommun", "Municipality"), ctx.t("Värde", "Value"), ctx.t("Nämnare", "Denominator")),
                        table)));
    }

    private String funnelTitle(Optional<IndicatorValue> own, Unit unit, double target) {
        String name = ctx.facts().municipalityName();
        if (own.isEmpty()) {
            return ctx.t("Andra kommuners värden; vårt värde saknas eller är dolt", "Other municipalities; ours is missing or hidden");
        }
        IndicatorValue v = own.get();
        double sd = unit == Unit.PERCENT
                ? Math.sqrt(target / 100 * (1 - target / 100) / v.denominator()) * 100
                : Math.sqrt(target * 10_000 / v.denominator());
        double z = sd > 0 ? Math.abs(v.value() - target) / sd : 0;
        String side = v.value() > target ? ctx.t("över", "above") : ctx.t("under", "below");
        if (z > Z998) {
            return Headline.fit(name + " " + side + ctx.t(" trattens 99,8 %-gräns", " the funnel's 99.8 % limit"),
                    ctx.t("Utanför trattens 99,8 %-gräns", "Outside the funnel's 99.8 % limit"));
        }
        if (z > Z95) {
            return Headline.fit(name + " " + side + ctx.t(" trattens 95 %-gräns", " the funnel's 95 % limit"),
                    ctx.t("Utanför trattens 95 %-gräns", "Outside the funnel's 95 % limit"));
        }
        return Headline.fit(name + ctx.t(" inom förväntad variation", " within the expected variation"),
                ctx.t("Inom förväntad variation", "Within the expected variation"));
    }

    private JFreeChart funnelChart(XYSeriesCollection limits, XYSeriesCollection points, Unit unit, String targetLabel,
                                   double target, double lower,
                                   double upper, boolean log, double from, double to, String xLabel, boolean withOwn) {
        ChartStyle style = ctx.style();
        NumberFormat counts = ctx.numbers().format(0);
        ValueAxis xAxis;
        if (log) {
            RoundLogAxis axis = new RoundLogAxis(xLabel, counts);
            axis.setSmallestValue(1);
            xAxis = axis;
        } else {
            NumberAxis axis = new NumberAxis(xLabel);
            axis.setNumberFormatOverride(counts);
            xAxis = axis;
        }
        style.style(xAxis);
        xAxis.setAutoRange(false);
        xAxis.setRange(from, to);
        NumberAxis yAxis = style.valueAxis(ctx.axis(unit), ctx.numbers().format(NumberText.decimals(unit)), lower, upper);
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        plot.setRangeGridlinePaint(Palette.LIGHT_GREY);
        plot.setDomainGridlinesVisible(false);

        XYLineAndShapeRenderer funnel = new XYLineAndShapeRenderer(true, false);
        // One path per curve, so the dash pattern runs along it instead of restarting at every point.
        funnel.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < 4; s++) {
            funnel.setSeriesPaint(s, Palette.MUTED_TEXT);
            funnel.setSeriesStroke(s, s < 2 ? ChartStyle.dashed(1.2f) : ChartStyle.dotted(1.4f));
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Palette.GREY);
        dots.setSeriesShape(0, ChartStyle.circle(7));
        dots.setSeriesPaint(1, Palette.BLUE);
        dots.setSeriesShape(1, ChartStyle.circle(13));
        plot.setDataset(0, points);
        plot.setRenderer(0, dots);
        plot.setDataset(1, limits);
        plot.setRenderer(1, funnel);
        plot.addRangeMarker(style.marker(target, targetLabel, Palette.BLACK, ChartStyle.solid(1.2f), false));
        if (withOwn) {
            XYSeries us = points.getSeries(1);
            XYTextAnnotation name = style.text("  " + us.getKey() + " ", us.getX(0).doubleValue(), us.getY(0).doubleValue(),
                    Palette.BLUE, TextAnchor.CENTER_LEFT);
            // Over the crowd of other municipalities' dots: on a white ground, as the dots are grey.
            name.setBackgroundPaint(new Color(255, 255, 255, 225));
            plot.addAnnotation(name);
        }
        return style.chart(plot);
    }
}
