package se.vinr.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;

/** One row per unit or department for the latest half-year, against the action plan's goal. */
public final class UnitCharts {

    /** The action plan asks about violence at every new contact: 100 % when the catalogue gives no goal. */
    private static final double ASK_EVERYONE = 100.0;

    private final ChartContext ctx;

    public UnitCharts(ChartContext ctx) {
        this.ctx = ctx;
    }

    /** The latest half-year by unit, against the goal (100 % when the plan sets none: ask everyone). */
    public Optional<Chart> byUnit(String indicator) {
        Double goal = ctx.goal(indicator);
        return byKey(indicator + "_by_unit", indicator, "unit", goal == null ? ASK_EVERYONE : goal,
                ctx.t("enheter", "units"));
    }

    /** The latest half-year by department, against the goal when the plan sets one. */
    public Optional<Chart> byDepartment(String indicator) {
        return byKey(indicator + "_by_department", indicator, "department", ctx.goal(indicator),
                ctx.t("förvaltningar", "departments"));
    }

    private Optional<Chart> byKey(String id, String indicator, String key, Double goal, String plural) {
        ReportFacts facts = ctx.facts();
        List<Breakdown> breakdowns = facts.breakdowns(indicator, key);
        List<IndicatorValue> rows = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            facts.latest(indicator, b).ifPresent(rows::add);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        NumberText numbers = ctx.numbers();
        RowPlot plot = new RowPlot(ctx.style(), numbers.format(0), ctx.axis(Unit.PERCENT)).range(0, 105);
        List<List<String>> table = new ArrayList<>();
        int reached = 0;
        int shown = 0;
        for (IndicatorValue v : rows) {
            String name = ctx.vocabulary().code(key, Breakdown.parse(v.breakdown()).get(key));
            boolean hidden = v.suppressed() || v.value() == null;
            boolean atGoal = !hidden && goal != null && v.value() >= goal - 1e-9;
            if (!hidden) {
                shown++;
                reached += atGoal ? 1 : 0;
            }
            plot.row(RowPlot.Row.of(name, hidden ? null : v.value(), hidden ? null : v.ciLow(), hidden ? null : v.ciHigh(),
                    atGoal ? Palette.BLUE : Palette.ORANGE, numbers.valueWithUnit(v)));
            table.add(List.of(name, numbers.valueWithUnit(v), numbers.interval(v),
                    v.denominator() == null ? NumberText.MISSING : numbers.number(v.denominator(), Unit.COUNT)));
        }
        if (goal != null) {
            plot.line(goal, ctx.goalLabel(goal, Unit.PERCENT), Palette.BLACK);
        }
        String title = title(indicator, key, goal, plural, reached, shown);
        return Optional.of(new Chart(id, title,
                ctx.title(indicator) + " – " + ctx.subtitle(ctx.measure(Unit.PERCENT) + ctx.t(" per ", " by ")
                        + ctx.vocabulary().key(key), facts.period()),
                ctx.caption(facts.period(), List.of(indicator), false) + " "
                        + ctx.t("Strecken visar konfidensintervallet.", "The whiskers show the confidence interval.")
                        + (goal == null ? "" : ctx.t(" Blå punkt: når målet; orange: når det inte.",
                        " Blue dot: reaches the goal; orange: does not.")),
                ctx.note(ChartContext.anySuppressed(rows)), Chart.WIDTH, plot.chartHeight(),
                plot,
                new DataTable(List.of(TrendHeadlines.capitalise(ctx.vocabulary().key(key)), ctx.t("Värde", "Value"),
                        ctx.t("Konfidensintervall", "Confidence interval"), ctx.t("Nämnare", "Denominator")), table)));
    }

    private String title(String indicator, String key, Double goal, String plural, int reached, int shown) {
        if (shown == 0) {
            // Every row hidden: "0 of 0 departments reach the goal" would read as a finding.
            return Headline.fit(ctx.t("Värdena per ", "The figures by ") + ctx.vocabulary().key(key)
                    + ctx.t(" döljs för att skydda små tal", " are hidden to protect small numbers"));
        }
        if (goal == null) {
            return Headline.fit(ctx.title(indicator) + " " + ctx.t("per ", "by ") + ctx.vocabulary().key(key),
                    ctx.t("Andel per ", "Share by ") + ctx.vocabulary().key(key));
        }
        return Headline.fit(reached + ctx.t(" av ", " of ") + shown + " " + plural + ctx.t(" når målet ", " reach the goal ")
                + ctx.numbers().compact(goal, Unit.PERCENT));
    }
}
