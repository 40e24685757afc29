package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.PlanFollowUp.Activity;
import se.vinr.reports.model.PlanFollowUp.PlanIndicator;
import se.vinr.reports.model.PlanFollowUp.SubGoal;
import se.vinr.reports.model.Unit;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/** The action plan, sub-goal by sub-goal: activities with status in colour and word, and their indicators. */
final class PlanSection {

    static final String ID = "handlingsplan";

    private final DocumentContext ctx;

    PlanSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void write(Html html) {
        html.open("section", "id", ID, "class", "chapter");
        html.element("h2", ctx.t("Uppföljning av handlingsplanen", "Action plan follow-up"));
        PlanFollowUp plan = ctx.facts().model().plan();
        if (plan == null) {
            html.element("p", ctx.t("Ingen handlingsplan är inlagd, så den här delen redovisas inte.",
                    "No action plan is configured, so this part is not reported."));
            html.close("section").newline();
            return;
        }
        html.element("p", PlainText.clean(plan.title()), "class", "meta");
        if (plan.vision() != null && !plan.vision().isBlank()) {
            html.open("p").open("strong").text(ctx.t("Vision: ", "Vision: ")).close("strong").text(plan.vision()).close("p");
        }
        for (SubGoal goal : plan.subGoals()) {
            html.element("h3", ctx.t("Delmål ", "Sub-goal ") + PlainText.clean(goal.id()) + ": " + PlainText.clean(goal.title()));
            html.element("p", summary(goal), "class", "small");
            activities(html, goal);
            indicators(html, goal);
        }
        html.close("section").newline();
    }

    /** One line per sub-goal: how many activities stand where, and how many are late. */
    String summary(SubGoal goal) {
        int done = 0;
        int ongoing = 0;
        int notStarted = 0;
        int unreported = 0;
        int overdue = 0;
        for (Activity a : goal.activities()) {
            String status = a.status() == null ? "" : a.status();
            switch (status) {
                case "done" -> done++;
                case "ongoing" -> ongoing++;
                case "not_started" -> notStarted++;
                default -> unreported++;
            }
            overdue += a.overdue() ? 1 : 0;
        }
        int total = goal.activities().size();
        if (total == 0) {
            return ctx.t("Inga aktiviteter är inlagda för delmålet.", "No activities are entered for this sub-goal.");
        }
        List<String> parts = new ArrayList<>();
        parts.add(done + " " + ctx.t("klara", "done"));
        parts.add(ongoing + " " + ctx.t("pågår", "ongoing"));
        parts.add(notStarted + " " + ctx.t("ej påbörjade", "not started"));
        parts.add(unreported + " " + ctx.t("ej rapporterade", "not reported"));
        return ctx.t("Sammanfattning: ", "Summary: ") + total + ctx.t(" aktiviteter – ", " activities – ")
                + String.join(", ", parts) + "; " + overdue + ctx.t(" försenade.", " overdue.");
    }

    private void activities(Html html, SubGoal goal) {
        if (goal.activities().isEmpty()) {
            return;
        }
        html.open("table", "class", "stack").element("caption", ctx.t("Aktiviteter", "Activities")).open("thead").open("tr");
        for (String header : List.of(ctx.t("Aktivitet", "Activity"), ctx.t("Ansvarig", "Responsible"),
                ctx.t("Klar senast", "Due"), ctx.t("Status", "Status"), ctx.t("Försenad", "Overdue"),
                ctx.t("Kommentar", "Comment"))) {
            html.element("th", header, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (Activity a : goal.activities()) {
            String status = a.status() == null ? "unknown" : switch (a.status()) {
                case "done", "ongoing", "not_started" -> a.status();
                default -> "unknown";
            };
            html.open("tr").element("td", a.text(), "data-label", ctx.t("Aktivitet", "Activity"))
                    .element("td", a.responsible(), "data-label", ctx.t("Ansvarig", "Responsible"))
                    .element("td", a.due() == null ? NumberText.MISSING : ctx.vocabulary().date(a.due()),
                            "data-label", ctx.t("Klar senast", "Due"))
                    .open("td", "data-label", ctx.t("Status", "Status"))
                    .element("span", ctx.vocabulary().activityStatus(a.status()), "class", "status status-" + status)
                    .close("td");
            if (a.overdue()) {
                html.open("td", "data-label", ctx.t("Försenad", "Overdue"))
                        .element("span", ctx.t("ja, försenad", "yes, overdue"), "class", "overdue").close("td");
            } else {
                html.element("td", ctx.t("nej", "no"), "data-label", ctx.t("Försenad", "Overdue"));
            }
            html.element("td", a.comment() == null ? "" : a.comment(), "data-label", ctx.t("Kommentar", "Comment")).close("tr");
        }
        html.close("tbody").close("table");
    }

    private void indicators(Html html, SubGoal goal) {
        if (goal.indicators().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanIndicator indicator : goal.indicators()) {
            rows.add(List.of(PlainText.clean(indicator.title()), latest(indicator), period(indicator)));
        }
        Tables.write(html, ctx.t("Indikatorer", "Indicators"), List.of(ctx.t("Indikator", "Indicator"),
                ctx.t("Senaste värde", "Latest value"), ctx.t("Halvår", "Half-year")), rows, 1);
    }

    /** A computed indicator is read from the protected model, so a hidden value stays hidden here too. */
    private String latest(PlanIndicator indicator) {
        if (indicator.computedIndicator() != null) {
            Optional<IndicatorValue> row = ctx.facts().latest(indicator.computedIndicator(), Breakdown.ALL);
            if (row.isPresent()) {
                return ctx.numbers().valueWithUnit(row.get());
            }
        }
        if (indicator.latestValue() == null) {
            return ctx.t("ej rapporterad", "not reported");
        }
        Optional<Unit> unit = unit(indicator.unit());
        // A count reported by hand may count persons too (participants): the same protection applies.
        if (unit.orElse(null) == Unit.COUNT && indicator.latestValue() > 0 && indicator.latestValue() < ctx.facts().threshold()) {
            return NumberText.SUPPRESSED;
        }
        return unit(indicator.unit()).map(u -> ctx.numbers().withUnit(indicator.latestValue(), u))
                .orElse(ctx.numbers().number(indicator.latestValue(), 1) + " " + PlainText.clean(indicator.unit()));
    }

    private String period(PlanIndicator indicator) {
        if (indicator.computedIndicator() != null && ctx.facts().latest(indicator.computedIndicator(), Breakdown.ALL).isPresent()) {
            return ctx.facts().period();
        }
        return indicator.latestPeriod() == null ? NumberText.MISSING : PlainText.clean(indicator.latestPeriod());
    }

    private static Optional<Unit> unit(String code) {
        try {
            return Optional.of(Unit.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
