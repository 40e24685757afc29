package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.text.NumberText;

/** Every chart of the report, in a fixed order with stable names; a chart without data is left out. */
public final class ReportCharts {

    /** An indicator and breakdown that gets its own trend chart (a main point, a worsening indicator). */
    public record TrendKey(String indicator, Breakdown breakdown) {
    }

    private final ChartContext ctx;

    public ReportCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    public List<Chart> build(List<TrendKey> trendCharts) {
        List<Optional<Chart>> charts = new ArrayList<>();
        TrendCharts trends = new TrendCharts(ctx);
        ControlCharts control = new ControlCharts(ctx);
        UnitCharts units = new UnitCharts(ctx);
        DistributionCharts distributions = new DistributionCharts(ctx);
        ComparisonCharts comparisons = new ComparisonCharts(ctx);

        Set<TrendKey> unique = new LinkedHashSet<>(trendCharts);
        for (TrendKey key : unique) {
            charts.add(trends.trend(TrendCharts.trendId(key.indicator(), key.breakdown()), key.indicator(), key.breakdown(), List.of()));
        }
        charts.add(comparisons.spine());
        for (String rate : ctx.facts().charted(ChartHint.RATE_TREND)) {
            charts.add(trends.trend("rate_" + rate, rate, Breakdown.ALL, List.of()));
        }
        for (IndicatorDefinition definition : ctx.facts().definitions()) {
            charts.add(comparisons.funnel(definition.id()));
        }
        charts.add(trends.newCasesByRole());
        charts.add(distributions.victimsByAgeAndSex());
        charts.add(distributions.vulnerableGroups());
        ctx.facts().charted(ChartHint.U_CHART).forEach(id -> charts.add(control.uChart(id)));
        ctx.facts().charted(ChartHint.P_CHART).forEach(id -> charts.add(control.pChart(id)));
        ctx.facts().charted(ChartHint.BY_UNIT).forEach(id -> charts.add(units.byUnit(id)));
        for (String id : ctx.facts().charted(ChartHint.ROLE_TREND)) {
            charts.add(trends.trend(id, id, Breakdown.ALL, ctx.facts().breakdowns(id, "role")));
        }
        charts.add(distributions.riskAssessmentMethods());
        ctx.facts().charted(ChartHint.TREND).forEach(id -> charts.add(trends.trend(id, id, Breakdown.ALL, List.of())));
        charts.add(distributions.interventionsByType());
        ctx.facts().charted(ChartHint.BY_DEPARTMENT).forEach(id -> charts.add(units.byDepartment(id)));
        return uniqueTitles(charts.stream().flatMap(Optional::stream).toList());
    }

    /**
     * Whether a chart would show nothing but gaps: no cell of its table beyond the label column holds a
     * figure, apart from a column of denominators (the size of a group is shown even where its value
     * is hidden), and at least one is hidden. Such a chart is not drawn; the report says in a sentence
     * that its values are hidden.
     */
    public static boolean allHidden(Chart chart) {
        List<String> headers = chart.table().headers();
        boolean hidden = false;
        for (List<String> row : chart.table().rows()) {
            for (int c = 1; c < row.size(); c++) {
                String cell = row.get(c) == null ? "" : row.get(c).strip();
                boolean denominator = c < headers.size() && DENOMINATORS.contains(headers.get(c));
                if (!denominator && cell.chars().anyMatch(Character::isDigit)) {
                    return false;
                }
                hidden |= NumberText.SUPPRESSED.equals(cell);
            }
        }
        return hidden;
    }

    private static final Set<String> DENOMINATORS = Set.of("Nämnare", "Denominator");

    /**
     * Each title names its indicator and its finding, once in a report. A chart of one indicator (its
     * subtitle reads "indicator – unit, …") whose finding does not name it ("Härnösand inom förväntad
     * variation") gets the indicator in front; where two titles would still be the same, a number tells
     * them apart. Charts over several indicators or groups keep their title as it is.
     */
    List<Chart> uniqueTitles(List<Chart> charts) {
        String municipality = ctx.facts().municipalityName();
        List<Chart> named = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Chart c : charts) {
            String title = c.title();
            String subject = c.subject();
            boolean ofOneIndicator = c.subtitle().contains(" – ") && !subject.isEmpty();
            if (ofOneIndicator && !title.toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT))) {
                title = subject + ": " + (title.startsWith(municipality) ? title : lowerFirst(title));
            }
            String unique = title;
            for (int n = 2; !used.add(unique); n++) {
                unique = title + " (" + n + ")";
            }
            named.add(new Chart(c.id(), unique, c.subtitle(), c.caption(), c.note(), c.width(), c.height(), c.body(), c.table()));
        }
        return named;
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
