package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.vinr.reports.facts.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;

/** Control charts: the screening share as a p-chart, the rate of new adult victims as a u-chart. */
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

    private Optional<Chart> chart(String id, String indicator, boolean proportion) {
        ReportFacts facts = ctx.facts();
        List<IndicatorValue> series = facts.series(indicator, Breakdown.ALL);
        List<Double> numerators = ChartContext.values(series, IndicatorValue::numerator);
        List<Double> denominators = new ArrayList<>();
        series.forEach(v -> denominators.add(v == null ? null : v.denominator()));
        if (numerators.stream().filter(Objects::nonNull).count() < 2) {
            return Optional.empty();
        }
        int from = windowStart(indicator);
        ControlLimits limits = proportion
                ? ControlLimits.pChart(numerators, denominators, from)
                : ControlLimits.uChart(numerators, denominators, from, 10_000);
        List<Double> values = ChartContext.values(series, IndicatorValue::value);
        Unit unit = proportion ? Unit.PERCENT : Unit.PER_10000;
        NumberText numbers = ctx.numbers();
        PeriodPlot plot = new PeriodPlot(ctx.style(), facts.periods(), numbers.format(NumberText.decimals(unit)), ctx.axis(unit))
                .line(facts.municipalityName(), Palette.BLUE, values)
                .segments(ctx.t("Medellinje", "Centre line"), Palette.TEXT, limits.centre(), ChartStyle.solid(1.2f))
                .segments(ctx.t("Övre styrgräns", "Upper limit"), Palette.MUTED_TEXT, limits.upper(), ChartStyle.dashed(1.2f))
                .segments(ctx.t("Undre styrgräns", "Lower limit"), Palette.MUTED_TEXT, limits.lower(), ChartStyle.dashed(1.2f))
                .highlight(Palette.VERMILLION, limits.outside(values))
                .breaksBefore(ctx.breakPeriods(indicator), ctx.breakLabel());
        if (proportion) {
            plot.upperLimit(100);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < facts.periods().size(); i++) {
            IndicatorValue v = series.get(i);
            rows.add(List.of(facts.periods().get(i),
                    v == null ? NumberText.MISSING : v.suppressed() ? NumberText.SUPPRESSED : numbers.number(v.numerator(), Unit.COUNT),
                    v == null || v.denominator() == null ? NumberText.MISSING : numbers.number(v.denominator(), Unit.COUNT),
                    numbers.value(v),
                    numbers.number(limits.centre().get(i), unit),
                    numbers.number(limits.lower().get(i), unit),
                    numbers.number(limits.upper().get(i), unit)));
        }
        List<String> headers = List.of(ctx.t("Halvår", "Half-year"), ctx.t("Täljare", "Numerator"),
                ctx.t("Nämnare", "Denominator"), ctx.t("Värde", "Value"), ctx.t("Medellinje", "Centre line"),
                ctx.t("Undre styrgräns", "Lower limit"), ctx.t("Övre styrgräns", "Upper limit"));
        String kind = proportion ? ctx.t("p-diagram", "p-chart") : ctx.t("u-diagram", "u-chart");
        return Optional.of(new Chart(id, headline(indicator),
                ctx.title(indicator) + " – " + ctx.subtitle(ctx.measure(unit) + ", " + kind, ctx.periodSpan()),
                ctx.caption(ctx.periodSpan(), List.of(indicator), false) + " "
                        + ctx.t("Styrgränser: medelvärdet ± 3 standardavvikelser, beräknade efter senaste seriebrott.",
                        "Control limits: the mean ± 3 standard deviations, computed after the latest series break."),
                ctx.note(ChartContext.anySuppressed(series)), Chart.WIDTH, TrendCharts.HEIGHT,
                (g2, area) -> plot.build(TrendCharts.PLOT_WIDTH, TrendCharts.PLOT_HEIGHT).draw(g2, area),
                new DataTable(headers, rows)));
    }

    /**
     * The index of the first period after the latest series break that touches the indicator; a break
     * with fewer than two half-years after it is ignored, as one point cannot centre a chart.
     */
    private int windowStart(String indicator) {
        List<String> periods = ctx.facts().periods();
        int from = 0;
        for (String period : ctx.breakPeriods(indicator)) {
            int i = periods.indexOf(period);
            if (i > from && periods.size() - i >= 2) {
                from = i;
            }
        }
        return from;
    }

    /** Titled from the official signal, not from the drawn limits. */
    private String headline(String indicator) {
        ControlSignal signal = ctx.facts().trend(indicator, Breakdown.ALL).map(TrendFinding::controlSignal)
                .orElse(ControlSignal.NOT_ASSESSED);
        return switch (signal) {
            case ABOVE_UPPER_LIMIT -> ctx.t("Senaste halvåret ligger över övre styrgränsen",
                    "The latest half-year lies above the upper limit");
            case BELOW_LOWER_LIMIT -> ctx.t("Senaste halvåret ligger under undre styrgränsen",
                    "The latest half-year lies below the lower limit");
            case COMMON_CAUSE -> ctx.t("Variationen ryms inom styrgränserna", "The variation stays within the control limits");
            case NOT_ASSESSED -> ctx.t("Styrdiagram: för få halvår för en bedömning", "Control chart: too few half-years to judge");
        };
    }
}
