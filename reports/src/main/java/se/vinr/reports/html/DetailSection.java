package se.vinr.reports.html;

import java.util.List;
import java.util.stream.Stream;

import se.vinr.reports.model.ChartHint;


/** The work in depth: cases, victims, vulnerable groups, screening, risk assessment, interventions, training. */
final class DetailSection {

    static final String ID = "fordjupning";

    private record Group(String sv, String en, List<String> charts) {
    }

    /** The groups of charts, named by the chart ids the indicators' chart hints give. */
    private List<Group> groups() {
        return List.of(
                new Group("Ärenden och våldsutsatta", "Cases and victims", join(List.of("new_cases_by_role",
                        "victims_by_age_and_sex", "vulnerable_groups"), ids(ChartHint.U_CHART, "u_chart_", ""))),
                new Group("Frågan om våld", "Asking about violence", join(ids(ChartHint.P_CHART, "p_chart_", ""),
                        ids(ChartHint.BY_UNIT, "", "_by_unit"))),
                new Group("Riskbedömning", "Risk assessment", join(ids(ChartHint.ROLE_TREND, "", ""),
                        List.of("risk_assessment_methods"), ids(ChartHint.TREND, "", ""))),
                new Group("Insatser", "Interventions", List.of("interventions_by_type")),
                new Group("Kompetens", "Competence", ids(ChartHint.BY_DEPARTMENT, "", "_by_department")));
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

    void write(Html html) {
        html.open("section", "id", ID);
        html.element("h2", ctx.t("Verksamheten i detalj", "The work in detail"));
        for (Group group : groups()) {
            if (group.charts().stream().noneMatch(ctx.figures()::has)) {
                continue;
            }
            html.element("h3", ctx.t(group.sv(), group.en()));
            group.charts().forEach(id -> ctx.figures().write(html, id));
        }
        List<String> rest = ctx.figures().remaining();
        if (!rest.isEmpty()) {
            html.element("h3", ctx.t("Fler diagram", "More charts"));
            rest.forEach(id -> ctx.figures().write(html, id));
        }
        html.close("section").newline();
    }
}
