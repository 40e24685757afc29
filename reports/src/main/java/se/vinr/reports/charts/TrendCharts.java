package se.vinr.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;

/** Charts of an indicator over the half-years: its value, interval, references and goal. */
public final class TrendCharts {

    static final int HEIGHT = 440;

    private final ChartContext ctx;

    public TrendCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    /** The stable chart name of an indicator's own trend chart. */
    public static String trendId(String indicator, Breakdown breakdown) {
        return "trend_" + indicator + (breakdown.isAll() ? "" : "__" + breakdown.slug());
    }

    /**
     * One indicator and breakdown over time, with its interval, every reference area that has a value,
     * its goal and its series breaks; {@code extra} breakdowns are drawn as further lines.
     */
    public Optional<Chart> trend(String id, String indicator, Breakdown breakdown, List<Breakdown> extra) {
        ReportFacts facts = ctx.facts();
        List<IndicatorValue> series = facts.series(indicator, breakdown);
        if (series.stream().allMatch(Objects::isNull)) {
            return Optional.empty();
        }
        Unit unit = series.stream().filter(Objects::nonNull).findFirst().map(IndicatorValue::unit).orElse(Unit.COUNT);
        NumberText numbers = ctx.numbers();
        PeriodPlot plot = new PeriodPlot(ctx.style(), facts.periods(), numbers.format(NumberText.decimals(unit)), ctx.axis(unit));
        String label = breakdown.isAll() ? facts.municipalityName() : ctx.breakdown(breakdown);
        plot.line(label, Palette.BLUE, ChartContext.values(series, IndicatorValue::value))
                .hidden(Palette.BLUE, ChartContext.hidden(series));
        plot.intervals(Palette.BLUE, ChartContext.values(series, IndicatorValue::ciLow),
                ChartContext.values(series, IndicatorValue::ciHigh));

        List<String> headers = new ArrayList<>(List.of(ctx.t("Halvår", "Half-year"), label,
                ctx.t("Konfidensintervall", "Confidence interval")));
        List<List<IndicatorValue>> extraSeries = new ArrayList<>();
        int colour = 0;
        for (Breakdown b : extra) {
            List<IndicatorValue> more = facts.series(indicator, b);
            if (more.stream().allMatch(Objects::isNull)) {
                continue;
            }
            extraSeries.add(more);
            headers.add(ctx.breakdown(b));
            Color extraColour = Palette.EXTRA.get(colour++ % Palette.EXTRA.size());
            plot.line(ctx.breakdown(b), extraColour, ChartContext.values(more, IndicatorValue::value))
                    .hidden(extraColour, ChartContext.hidden(more));
        }
        List<String> areas = referenceAreas(indicator, breakdown);
        List<Color> areaColours = ChartContext.areaColors(areas);
        for (int a = 0; a < areas.size(); a++) {
            String area = areas.get(a);
            List<Double> reference = new ArrayList<>();
            for (String period : facts.periods()) {
                reference.add(facts.against(indicator, breakdown, period, area).map(IndicatorValue::referenceValue).orElse(null));
            }
            plot.reference(ctx.lineName(area), areaColours.get(a), reference);
            headers.add(facts.areaName(area, ctx.vocabulary()));
        }
        Double goal = ctx.goal(indicator);
        if (goal != null) {
            plot.goal(goal, ctx.goalLabel(goal, unit));
        }
        if (unit == Unit.PERCENT) {
            plot.upperLimit(100);
        }
        plot.breaksBefore(ctx.breakPeriods(indicator), ctx.breakLabel());

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < facts.periods().size(); i++) {
            String period = facts.periods().get(i);
            List<String> row = new ArrayList<>(List.of(period, numbers.value(series.get(i)), numbers.interval(series.get(i))));
            for (List<IndicatorValue> more : extraSeries) {
                row.add(numbers.value(more.get(i)));
            }
            for (String area : areas) {
                row.add(facts.against(indicator, breakdown, period, area)
                        .map(v -> numbers.number(v.referenceValue(), unit)).orElse(NumberText.MISSING));
            }
            rows.add(row);
        }
        List<IndicatorValue> all = new ArrayList<>(series);
        extraSeries.forEach(all::addAll);
        String subject = ctx.title(indicator) + (breakdown.isAll() ? "" : " (" + ctx.breakdown(breakdown) + ")");
        String measure = ctx.measure(unit) + (breakdown.isAll() ? "" : ", " + ctx.breakdown(breakdown).toLowerCase(ctx.words().locale()));
        return Optional.of(new Chart(id, TrendHeadlines.headline(ctx, subject, indicator, breakdown),
                ctx.title(indicator) + " – " + ctx.subtitle(measure, ctx.periodSpan()),
                ctx.caption(ctx.periodSpan(), List.of(indicator), !areas.isEmpty()),
                ctx.note(ChartContext.anySuppressed(all)), Chart.WIDTH, HEIGHT,
                (g2, area) -> plot.build(area.getWidth() - 30, area.getHeight()).draw(g2, area), new DataTable(headers, rows)));
    }

    private List<String> referenceAreas(String indicator, Breakdown breakdown) {
        Set<String> areas = new LinkedHashSet<>();
        for (String period : ctx.facts().periods()) {
            for (IndicatorValue v : ctx.facts().comparisons(indicator, breakdown, period)) {
                areas.add(v.referenceArea());
            }
        }
        List<String> sorted = new ArrayList<>(areas);
        sorted.sort(Comparator.comparingInt(ReportFacts::areaOrder));
        return sorted;
    }

    /** New cases per half-year, one line per role, each with its national expectation where one exists. */
    public Optional<Chart> newCasesByRole() {
        ReportFacts facts = ctx.facts();
        String indicator = facts.chartedIndicator(ChartHint.CASES_BY_ROLE).orElse("");
        List<Breakdown> roles = facts.breakdowns(indicator, "role");
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        NumberText numbers = ctx.numbers();
        PeriodPlot plot = new PeriodPlot(ctx.style(), facts.periods(), numbers.format(0), ctx.axis(Unit.COUNT));
        List<String> headers = new ArrayList<>(List.of(ctx.t("Halvår", "Half-year")));
        List<List<IndicatorValue>> all = new ArrayList<>();
        List<List<Double>> expectations = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            Breakdown role = roles.get(r);
            Color colour = Palette.series(r);
            List<IndicatorValue> series = facts.series(indicator, role);
            all.add(series);
            plot.line(ctx.breakdown(role), colour, ChartContext.values(series, IndicatorValue::value))
                    .hidden(colour, ChartContext.hidden(series));
            headers.add(ctx.breakdown(role));
            List<Double> expected = new ArrayList<>();
            for (String period : facts.periods()) {
                expected.add(facts.against(indicator, role, period, ReportFacts.NATIONAL)
                        .map(IndicatorValue::referenceValue).orElse(null));
            }
            if (expected.stream().anyMatch(Objects::nonNull)) {
                expectations.add(expected);
                String name = ctx.t("Förväntat (riket): ", "Expected (Sweden): ") + ctx.breakdown(role).toLowerCase(ctx.words().locale());
                plot.reference(name, colour, expected);
                headers.add(name);
            } else {
                expectations.add(null);
            }
        }
        plot.breaksBefore(ctx.breakPeriods(indicator), ctx.breakLabel());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < facts.periods().size(); i++) {
            List<String> row = new ArrayList<>(List.of(facts.periods().get(i)));
            for (int r = 0; r < roles.size(); r++) {
                row.add(numbers.value(all.get(r).get(i)));
                if (expectations.get(r) != null) {
                    row.add(numbers.number(expectations.get(r).get(i), Unit.COUNT));
                }
            }
            rows.add(row);
        }
        boolean withReference = expectations.stream().anyMatch(Objects::nonNull);
        return Optional.of(new Chart("new_cases_by_role",
                TrendHeadlines.headline(ctx, ctx.title(indicator), indicator, Breakdown.ALL),
                ctx.subtitle(ctx.t("Nya ärenden per halvår efter roll, antal personer",
                        "New cases per half-year by role, number of persons"), ctx.periodSpan()),
                ctx.caption(ctx.periodSpan(), List.of(indicator), withReference),
                ctx.note(all.stream().anyMatch(ChartContext::anySuppressed)), Chart.WIDTH, HEIGHT,
                (g2, area) -> plot.build(area.getWidth() - 30, area.getHeight()).draw(g2, area), new DataTable(headers, rows)));
    }
}
