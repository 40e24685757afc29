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

/**
 * The action plan ({@code plan.jte}), sub-goal by sub-goal: activities with status in colour and word, and their
 * indicators.
 */
final class PlanSection {

    static final String ID = "handlingsplan";

    private final DocumentContext ctx;

    PlanSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        PlanFollowUp plan = ctx.facts().model().plan();
        if (plan == null) {
            return Templates.render("plan.jte", ctx.texts(), "view", new Views.Plan(ID, null, null, List.of()));
        }
        List<Views.SubGoal> goals = new ArrayList<>();
        for (SubGoal goal : plan.subGoals()) {
            goals.add(subGoal(goal));
        }
        String vision = PlainText.clean(plan.vision());
        return Templates.render("plan.jte", ctx.texts(), "view", new Views.Plan(ID, PlainText.clean(plan.title()),
                vision.isEmpty() ? null : vision, goals));
    }

    /** A sub-goal: how many activities stand where and how many are late, the activities, the indicators. */
    private Views.SubGoal subGoal(SubGoal goal) {
        int done = 0;
        int ongoing = 0;
        int notStarted = 0;
        int unreported = 0;
        int overdue = 0;
        List<Views.Activity> activities = new ArrayList<>();
        for (Activity a : goal.activities()) {
            String status = a.status() == null ? "unknown" : switch (a.status()) {
                case "done", "ongoing", "not_started" -> a.status();
                default -> "unknown";
            };
            switch (status) {
                case "done" -> done++;
                case "ongoing" -> ongoing++;
                case "not_started" -> notStarted++;
                default -> unreported++;
            }
            overdue += a.overdue() ? 1 : 0;
            activities.add(new Views.Activity(PlainText.clean(a.text()), PlainText.clean(a.responsible()),
                    a.due() == null ? NumberText.MISSING : ctx.vocabulary().date(a.due()), status,
                    ctx.vocabulary().activityStatus(a.status()), a.overdue(), PlainText.clean(a.comment())));
        }
        Views.Table indicators = null;
        if (!goal.indicators().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (PlanIndicator indicator : goal.indicators()) {
                rows.add(List.of(PlainText.clean(indicator.title()), latest(indicator), period(indicator)));
            }
            indicators = new Views.Table(ctx.text("plan.indicators"), ctx.text("plan.indicators"), List.of(
                    new Views.Header(ctx.text("plan.indicator"), false), new Views.Header(ctx.text("plan.latest"), true),
                    new Views.Header(ctx.text("plan.period"), false)),
                    rows.stream().map(r -> r.stream().map(Views.TableCell::of).toList()).toList());
        }
        return new Views.SubGoal(PlainText.clean(goal.id()), PlainText.clean(goal.title()), done, ongoing, notStarted,
                unreported, overdue, activities, indicators);
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
            return ctx.text("plan.notReported");
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
            return ctx.vocabulary().halfYear(ctx.facts().period());
        }
        return indicator.latestPeriod() == null ? NumberText.MISSING : ctx.vocabulary().halfYear(indicator.latestPeriod());
    }

    private static Optional<Unit> unit(String code) {
        try {
            return Optional.of(Unit.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
