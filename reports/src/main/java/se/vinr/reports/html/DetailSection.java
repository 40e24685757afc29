package se.vinr.reports.html;

import java.util.List;

import se.vinr.reports.facts.IndicatorIds;

/** The work in depth: cases, victims, vulnerable groups, screening, risk assessment, interventions, training. */
final class DetailSection {

    static final String ID = "fordjupning";

    private record Group(String sv, String en, List<String> charts) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Ärenden och våldsutsatta", "Cases and victims", List.of("new_cases_by_role", "victims_by_age_and_sex",
                    "vulnerable_groups", "u_chart_" + IndicatorIds.NEW_VICTIMS_RATE)),
            new Group("Frågan om våld", "Asking about violence", List.of("p_chart_" + IndicatorIds.SCREENING_RATE,
                    "screening_rate_by_unit")),
            new Group("Riskbedömning", "Risk assessment", List.of(IndicatorIds.RISK_ASSESSED_SHARE, "risk_assessment_methods",
                    IndicatorIds.DAYS_TO_RISK_ASSESSMENT)),
            new Group("Insatser", "Interventions", List.of("interventions_by_type")),
            new Group("Kompetens", "Competence", List.of("training_basic_coverage_by_department")));

    private final DocumentContext ctx;

    DetailSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void write(Html html) {
        html.open("section", "id", ID);
        html.element("h2", ctx.t("Verksamheten i detalj", "The work in detail"));
        for (Group group : GROUPS) {
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
