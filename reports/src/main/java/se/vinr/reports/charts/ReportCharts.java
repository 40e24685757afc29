package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.facts.Breakdown;
import se.vinr.reports.model.IndicatorDefinition;

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
        return charts.stream().flatMap(Optional::stream).toList();
    }
}
