package se.vinr.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.Variation;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlPoint;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;

/**
 * Control charts: the screening share as a p-chart, the rate of new adult victims as a u-chart. They draw
 * the centre, the limits and the verdict of every point exactly as the statistics published them in the
 * finding ({@link TrendFinding#controlChart()}); nothing is recomputed here, so the picture and the table's
 * verdict cannot disagree. Colours follow NHS England's Making Data Count: grey for common cause, blue
 * for a special cause that is an improvement, orange for a concern, purple where the indicator has no
 * good direction; the caption names every mark.
 */
public final class ControlCharts {

    private final ChartContext ctx;

    public ControlCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    /** A p-chart of a share's {@code all} row. */
    public Optional<Chart> pChart(String indicator) {
        return chart("p_chart_" + indicator, indicator, true);
    }

    /** A u-chart of a rate's {@code all} row. */
    public Optional<Chart> uChart(String indicator) {
        return chart("u_chart_" + indicator, indicator, false);
    }

    /** The colour of a point's mark. */
    static Color color(Variation variation) {
        return switch (variation) {
            case IMPROVEMENT -> Palette.BLUE;
            case CONCERN -> Palette.ORANGE;
            case NEITHER_HIGH, NEITHER_LOW -> Palette.REDDISH_PURPLE;
            case COMMON_CAUSE, NOT_ASSESSED -> Palette.GREY;
        };
    }

    private Optional<Chart> chart(String id, String indicator, boolean proportion) {
        ReportFacts facts = ctx.facts();
        Optional<TrendFinding> finding = facts.trend(indicator, Breakdown.ALL);
        List<ControlPoint> published = finding.map(TrendFinding::controlChart).orElse(List.of());
        List<IndicatorValue> series = facts.series(indicator, Breakdown.ALL);
        List<Double> values = ChartContext.values(series, IndicatorValue::value);
        if (values.stream().allMatch(v -> v == null)) {
            return Optional.empty();
        }
        Map<String, ControlPoint> byPeriod = new LinkedHashMap<>();
        published.forEach(p -> byPeriod.put(p.period(), p));
        Polarity polarity = facts.polarity(indicator);
        List<Double> centre = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        Map<Variation, List<Double>> marks = new LinkedHashMap<>();
        for (Variation v : List.of(Variation.IMPROVEMENT, Variation.CONCERN, Variation.NEITHER_HIGH, Variation.NEITHER_LOW)) {
            marks.put(v, new ArrayList<>());
        }
        for (String period : facts.periods()) {
            ControlPoint point = byPeriod.get(period);
            centre.add(point == null ? null : point.centre());
            lower.add(point == null ? null : point.lower());
            upper.add(point == null ? null : point.upper());
            Variation variation = point == null ? Variation.NOT_ASSESSED : Variation.of(point.variation(), polarity);
            marks.forEach((kind, list) -> list.add(kind == variation ? point.value() : null));
        }
        Unit unit = proportion ? Unit.PERCENT : Unit.PER_10000;
        NumberText numbers = ctx.numbers();
        PeriodPlot plot = new PeriodPlot(ctx.style(), facts.periods(), numbers.format(NumberText.decimals(unit)), ctx.axis(unit))
                .line(facts.municipalityName(), Palette.GREY, values)
                .hidden(Palette.MUTED_TEXT, ChartContext.hidden(series))
                .segments(ctx.t("Medellinje", "Centre line"), Palette.TEXT, centre, ChartStyle.solid(1.2f))
                .segments(ctx.t("Övre styrgräns", "Upper limit"), Palette.MUTED_TEXT, upper, ChartStyle.dashed(1.2f))
                .segments(ctx.t("Undre styrgräns", "Lower limit"), Palette.MUTED_TEXT, lower, ChartStyle.dashed(1.2f))
                .breaksBefore(ctx.breakPeriods(indicator), ctx.breakLabel());
        List<Variation> shown = new ArrayList<>();
        marks.forEach((kind, list) -> {
            if (list.stream().anyMatch(v -> v != null)) {
                plot.highlight(color(kind), list);
                shown.add(kind);
            }
        });
        if (proportion) {
            plot.upperLimit(100);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < facts.periods().size(); i++) {
            IndicatorValue v = series.get(i);
            ControlPoint point = byPeriod.get(facts.periods().get(i));
            rows.add(List.of(facts.periods().get(i),
                    v == null ? NumberText.MISSING : v.suppressed() ? NumberText.SUPPRESSED : numbers.number(v.numerator(), Unit.COUNT),
                    v == null || v.denominator() == null ? NumberText.MISSING : numbers.number(v.denominator(), Unit.COUNT),
                    numbers.value(v),
                    numbers.number(centre.get(i), unit),
                    numbers.number(lower.get(i), unit),
                    numbers.number(upper.get(i), unit),
                    point == null ? Variation.NOT_ASSESSED.words(ctx.words())
                            : Variation.of(point.variation(), polarity).words(ctx.words())));
        }
        List<String> headers = List.of(ctx.t("Halvår", "Half-year"), ctx.t("Täljare", "Numerator"),
                ctx.t("Nämnare", "Denominator"), ctx.t("Värde", "Value"), ctx.t("Medellinje", "Centre line"),
                ctx.t("Undre styrgräns", "Lower limit"), ctx.t("Övre styrgräns", "Upper limit"),
                ctx.t("Bedömning", "Variation"));
        String kind = proportion ? ctx.t("p-diagram", "p-chart") : ctx.t("u-diagram", "u-chart");
        return Optional.of(new Chart(id, headline(indicator),
                ctx.title(indicator) + " – " + ctx.subtitle(ctx.measure(unit) + ", " + kind, ctx.periodSpan()),
                ctx.caption(ctx.periodSpan(), List.of(indicator), false) + " " + legend(published.isEmpty(), shown),
                ctx.note(ChartContext.anySuppressed(series)), Chart.WIDTH, TrendCharts.HEIGHT,
                (g2, area) -> plot.build(area.getWidth() - 30, area.getHeight()).draw(g2, area),
                new DataTable(headers, rows)));
    }

    /** Names every mark the chart draws: lines, limits, breaks and each kind of special-cause point. */
    private String legend(boolean noLimits, List<Variation> shown) {
        StringBuilder legend = new StringBuilder(ctx.t("Grå linje och punkter: kommunens värden (vanlig variation).",
                "Grey line and points: the municipality's values (common cause variation)."));
        if (noLimits) {
            legend.append(ctx.t(" Inga styrgränser: färre än sex halvår utan seriebrott eller lucka före det senaste.",
                    " No control limits: fewer than six half-years without a series break or gap before the latest."));
        } else {
            legend.append(ctx.t(" Heldragna streck: medellinjen; streckade: styrgränserna (± 3 standardavvikelser), "
                            + "beräknade från halvåren före det senaste i den senaste obrutna serien.",
                    " Solid marks: the centre line; dashed: the control limits (± 3 standard deviations), computed "
                            + "from the half-years before the latest in the latest unbroken run."));
        }
        for (Variation kind : shown) {
            legend.append(' ').append(switch (kind) {
                case IMPROVEMENT -> ctx.t("Blå fyrkant", "Blue square");
                case CONCERN -> ctx.t("Orange fyrkant", "Orange square");
                default -> ctx.t("Lila fyrkant", "Purple square");
            }).append(": ").append(kind.words(ctx.words())).append('.');
        }
        legend.append(ctx.t(" Prickad lodrät linje: seriebrott.", " Dotted vertical line: series break."));
        return legend.toString();
    }

    /** Titled from the official verdict, the same one the tables show. */
    private String headline(String indicator) {
        ControlSignal signal = ctx.facts().trend(indicator, Breakdown.ALL).map(TrendFinding::controlSignal)
                .orElse(ControlSignal.NOT_ASSESSED);
        Variation variation = Variation.of(signal, ctx.facts().polarity(indicator));
        return switch (variation) {
            case COMMON_CAUSE -> ctx.t("Variationen ryms inom styrgränserna", "The variation stays within the control limits");
            case NOT_ASSESSED -> ctx.t("Styrdiagram: för få halvår för en bedömning", "Control chart: too few half-years to judge");
            default -> ctx.t("Senaste halvåret ", "Latest half-year ") + variation.words(ctx.words());
        };
    }
}
