package se.vinr.reports.html;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import se.vinr.reports.charts.Palette;
import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.PeerValue;
import se.vinr.reports.model.PlanFollowUp;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/**
 * The area profile (after Fingertips): one row per indicator, grouped by the action plan's sub-goals and
 * named in the report's language, with the value, its interval, riket, the county and the peer group, a
 * coloured comparison mark, a trend arrow and the spread among municipalities. A column is shown only
 * when at least one row has something to say in it, so the table is never padded with "no figure".
 * On a phone the rows stack into cards (each cell labelled with its column).
 */
final class OverviewTable {

    private final DocumentContext ctx;
    private final ReportFacts facts;
    private final NumberText numbers;

    OverviewTable(DocumentContext ctx) {
        this.ctx = ctx;
        this.facts = ctx.facts();
        this.numbers = ctx.numbers();
    }

    /** One row's figures, each null when there is nothing to show. */
    private record Row(IndicatorDefinition definition, IndicatorValue value, IndicatorValue national,
                       IndicatorValue county, IndicatorValue peerGroup, TrendFinding trend, double[] spread) {
    }

    /** A column: its header and what it shows for a row (null: nothing to say). */
    private record Column(String header, boolean numeric, Function<Row, Cell> cell) {
    }

    /** A cell's text and, for the comparison column, its assessment for the colour mark. */
    private record Cell(String text, Assessment assessment) {
        static Cell of(String text) {
            return text == null ? null : new Cell(text, null);
        }
    }

    Views.Overview view() {
        List<Row> rows = facts.definitions().stream().map(this::row).toList();
        List<Column> columns = new ArrayList<>(List.of(
                new Column(ctx.text("overview.value"), true, r -> r.value() == null ? null
                        : Cell.of(numbers.valueWithUnit(r.value()))),
                new Column(ctx.text("overview.interval"), true, r -> r.value() == null
                        || r.value().ciLow() == null ? null : Cell.of(numbers.interval(r.value()))),
                reference(ctx.text("overview.national"), Row::national),
                reference(ctx.text("overview.county"), Row::county),
                reference(ctx.text("overview.peerGroup"), Row::peerGroup),
                new Column(ctx.text("overview.comparison"), false, this::comparison),
                new Column(ctx.text("overview.trend"), false, this::trend),
                new Column(ctx.text("overview.spread"), true, this::spread),
                new Column(ctx.text("overview.goal"), false, this::goal)));
        columns.removeIf(c -> rows.stream().allMatch(r -> c.cell().apply(r) == null));

        List<Views.Group> groups = new ArrayList<>();
        Map<String, List<Row>> grouped = grouped(rows);
        for (Map.Entry<String, List<Row>> group : grouped.entrySet()) {
            List<Views.Row> viewRows = new ArrayList<>();
            for (Row r : group.getValue()) {
                List<Views.Cell> cells = new ArrayList<>();
                for (Column c : columns) {
                    Cell cell = c.cell().apply(r);
                    cells.add(cell == null ? new Views.Cell(NumberText.MISSING, c.numeric(), c.header(), null)
                            : cell.assessment() != null ? new Views.Cell(ctx.word(cell.assessment()), false, c.header(),
                            Palette.hex(Palette.of(cell.assessment())))
                            : new Views.Cell(cell.text(), c.numeric(), c.header(), null));
                }
                viewRows.add(new Views.Row(ctx.title(r.definition()), cells));
            }
            groups.add(new Views.Group(grouped.size() > 1 ? group.getKey() : null, viewRows));
        }
        String note = ctx.text("overview.note", facts.confidencePercent());
        return new Views.Overview(ctx.text("overview.caption", ctx.vocabulary().halfYear(facts.period())),
                columns.stream().map(Column::header).toList(), columns.stream().map(Column::numeric).toList(), groups, note);
    }

    private Row row(IndicatorDefinition d) {
        String period = facts.period();
        IndicatorValue value = facts.latest(d.id(), Breakdown.ALL).orElse(null);
        IndicatorValue national = null;
        IndicatorValue county = null;
        IndicatorValue peerGroup = null;
        for (IndicatorValue v : facts.comparisons(d.id(), Breakdown.ALL, period)) {
            String area = v.referenceArea();
            if (ReportFacts.NATIONAL.equals(area)) {
                national = national == null ? v : national;
            } else if (area.matches("\\d{2}")) {
                county = county == null ? v : county;
            } else {
                peerGroup = peerGroup == null ? v : peerGroup;
            }
        }
        double[] spread = facts.peers(d.id()).stream().filter(p -> period.equals(p.period()))
                .mapToDouble(PeerValue::value).filter(Double::isFinite).sorted().toArray();
        return new Row(d, value, national, county, peerGroup, facts.trend(d.id(), Breakdown.ALL).orElse(null),
                spread.length >= 4 ? spread : null);
    }

    private Column reference(String header, Function<Row, IndicatorValue> area) {
        return new Column(header, true, r -> {
            IndicatorValue v = area.apply(r);
            return v == null || v.referenceValue() == null ? null : Cell.of(numbers.withUnit(v.referenceValue(), v.unit()));
        });
    }

    private Cell comparison(Row r) {
        IndicatorValue v = r.national();
        if (v == null || v.referenceValue() == null || v.suppressed() || v.value() == null) {
            return null;
        }
        return new Cell(null, Assessment.of(v.comparison(), r.definition().polarity()));
    }

    private Cell trend(Row r) {
        if (r.trend() == null) {
            return null;
        }
        return switch (r.trend().trend()) {
            case INCREASING -> Cell.of(ctx.text("overview.trend.increasing"));
            case DECREASING -> Cell.of(ctx.text("overview.trend.decreasing"));
            case NO_TREND -> Cell.of(ctx.text("overview.trend.none"));
            case TOO_FEW_POINTS, NOT_TESTED -> null;
        };
    }

    private Cell spread(Row r) {
        if (r.spread() == null) {
            return null;
        }
        double[] s = r.spread();
        var unit = r.definition().unit();
        return Cell.of(numbers.number(s[0], unit) + " · " + numbers.number(quantile(s, 0.25), unit) + " · "
                + numbers.number(quantile(s, 0.75), unit) + " · " + numbers.number(s[s.length - 1], unit));
    }

    /** The type 7 quantile (linear between order statistics) of sorted values, as R and Excel compute it. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private Cell goal(Row r) {
        IndicatorDefinition d = r.definition();
        if (d.goal() == null) {
            return null;
        }
        String target = numbers.compact(d.goal(), d.unit());
        TrendFinding.GoalAssurance assurance = r.trend() == null ? TrendFinding.GoalAssurance.UNCERTAIN : r.trend().goalAssurance();
        return Cell.of(switch (assurance) {
            case WILL_REACH -> ctx.text("overview.goal.willReach", target);
            case WILL_NOT_REACH -> ctx.text("overview.goal.willNotReach", target);
            case UNCERTAIN, NO_GOAL -> ctx.text("overview.goal.uncertain", target);
        });
    }

    /**
     * Rows by the action plan's sub-goal, in the plan's order and under its titles; indicators without a
     * sub-goal (or without a plan to name it) come last under one heading. Within a group, by name.
     */
    private Map<String, List<Row>> grouped(List<Row> rows) {
        Map<String, String> titles = new LinkedHashMap<>();
        PlanFollowUp plan = facts.model().plan();
        if (plan != null) {
            for (PlanFollowUp.SubGoal goal : plan.subGoals()) {
                titles.put(goal.id(), PlainText.clean(goal.title()));
            }
        }
        String other = ctx.text("overview.other");
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        titles.values().forEach(t -> groups.put(t, new ArrayList<>()));
        for (Row r : rows) {
            String title = Optional.ofNullable(titles.get(r.definition().subGoal())).orElse(other);
            groups.computeIfAbsent(title, t -> new ArrayList<>()).add(r);
        }
        groups.values().removeIf(List::isEmpty);
        Comparator<Row> byName = Comparator.comparing(r -> ctx.title(r.definition()), Collator.getInstance(ctx.words().locale()));
        groups.values().forEach(list -> list.sort(byName));
        if (groups.containsKey(other)) {
            groups.put(other, groups.remove(other));
        }
        return groups;
    }
}
