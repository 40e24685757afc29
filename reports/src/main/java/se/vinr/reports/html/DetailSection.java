package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;

/**
 * The work in depth ({@code detail.jte}): cases, victims, vulnerable groups, screening, risk assessment,
 * interventions, training; then the figures of earlier half-years revised since they were first published.
 */
final class DetailSection {

    static final String ID = "fordjupning";

    /** A group of charts: its heading's bundle key and the chart ids the indicators' chart hints give. */
    private record Group(String key, List<String> charts) {
    }

    private List<Group> groups() {
        return List.of(
                new Group("detail.cases", join(List.of("new_cases_by_role", "victims_by_age_and_sex", "vulnerable_groups"),
                        ids(ChartHint.U_CHART, "u_chart_", ""))),
                new Group("detail.asking", join(ids(ChartHint.P_CHART, "p_chart_", ""), ids(ChartHint.BY_UNIT, "", "_by_unit"))),
                new Group("detail.risk", join(ids(ChartHint.ROLE_TREND, "", ""), List.of("risk_assessment_methods"),
                        ids(ChartHint.TREND, "", ""))),
                new Group("detail.interventions", List.of("interventions_by_type")),
                new Group("detail.competence", ids(ChartHint.BY_DEPARTMENT, "", "_by_department")));
    }

    private List<String> ids(ChartHint chart, String prefix, String suffix) {
        return ctx.facts().charted(chart).stream().map(id -> prefix + id + suffix).toList();
    }

    @SafeVarargs
    private static List<String> join(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    private final DocumentContext ctx;

    DetailSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        List<Views.ChartGroup> groups = new ArrayList<>();
        for (Group group : groups()) {
            if (group.charts().stream().noneMatch(ctx.figures()::has)) {
                continue;
            }
            groups.add(new Views.ChartGroup(ctx.text(group.key()), ctx.figures().markup(group.charts())));
        }
        List<String> rest = ctx.figures().remaining();
        if (!rest.isEmpty()) {
            groups.add(new Views.ChartGroup(ctx.text("detail.more"), ctx.figures().markup(rest)));
        }
        return Templates.render("detail.jte", ctx.texts(), "view", new Views.Detail(ID, groups, revised()));
    }

    /**
     * Every shown figure the publish step marked revised, once per indicator, breakdown and half-year (the
     * ledger holds one row per reference area), in the report's indicator order; null when there is none.
     */
    private Views.Table revised() {
        List<List<Views.TableCell>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (IndicatorDefinition d : ctx.facts().definitions()) {
            for (IndicatorValue v : ctx.facts().model().values()) {
                if (!v.revised() || v.suppressed() || !d.id().equals(v.indicator())
                        || !seen.add(v.indicator() + "|" + v.breakdown() + "|" + v.period())) {
                    continue;
                }
                rows.add(List.of(Views.TableCell.of(ctx.title(d)),
                        Views.TableCell.of(ctx.vocabulary().breakdown(Breakdown.parse(v.breakdown()))),
                        Views.TableCell.of(ctx.vocabulary().halfYear(v.period())),
                        new Views.TableCell(ctx.numbers().valueWithUnit(v), null, null, true)));
            }
        }
        return rows.isEmpty() ? null : ctx.table(ctx.text("detail.revised.caption"), List.of(ctx.text("detail.revised.indicator"),
                ctx.text("detail.revised.breakdown"), ctx.text("detail.revised.period"), ctx.text("detail.revised.value")), 3, rows);
    }
}
