package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.charts.ComparisonCharts;
import se.vinr.reports.facts.Assessment;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.text.PlainText;

/**
 * The spine chart with the overview table ({@code spine.jte}), then the national comparison
 * ({@code national.jte}): each comparison value with its source, and the rate and funnel charts.
 */
final class ComparisonSection {

    static final String SPINE_ID = "alla-indikatorer";
    static final String NATIONAL_ID = "nationell-jamforelse";

    private final DocumentContext ctx;

    ComparisonSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String renderSpine() {
        String spine = ctx.figures().markup("spine");
        return Templates.render("spine.jte", ctx.texts(), "view",
                new Views.Spine(SPINE_ID, spine, new OverviewTable(ctx).view()));
    }

    String renderNational() {
        ReportFacts facts = ctx.facts();
        int without = 0;
        List<List<Views.TableCell>> rows = new ArrayList<>();
        for (IndicatorDefinition d : facts.definitions()) {
            List<IndicatorValue> comparisons = facts.comparisons(d.id(), Breakdown.ALL, facts.period());
            if (comparisons.isEmpty()) {
                without++;
            }
            for (IndicatorValue v : comparisons) {
                rows.add(List.of(Views.TableCell.of(ctx.title(d)), Views.TableCell.of(ctx.numbers().valueWithUnit(v)),
                        Views.TableCell.of(facts.areaName(v.referenceArea(), ctx.vocabulary())),
                        Views.TableCell.of(ctx.numbers().withUnit(v.referenceValue(), v.unit())),
                        ctx.assessment(Assessment.of(v.comparison(), d.polarity())),
                        Views.TableCell.of(source(d.id(), v.referenceArea()))));
            }
        }
        Views.Table table = new Views.Table(null, ctx.text("national.heading"), List.of(
                new Views.Header(ctx.text("national.indicator"), false), new Views.Header(ctx.text("national.value"), true),
                new Views.Header(ctx.text("national.area"), false), new Views.Header(ctx.text("national.referenceValue"), true),
                new Views.Header(ctx.text("national.comparison"), false), new Views.Header(ctx.text("national.source"), false)),
                rows);

        List<String> figures = new ArrayList<>(ctx.figures().markup(facts.charted(ChartHint.RATE_TREND).stream()
                .map(rate -> "rate_" + rate).toList()));
        figures.addAll(ctx.figures().markup(facts.definitions().stream()
                .map(d -> ComparisonCharts.funnelId(d.id())).filter(ctx.figures()::has).toList()));
        return Templates.render("national.jte", ctx.texts(), "view",
                new Views.National(NATIONAL_ID, without, facts.definitions().size(), table, figures));
    }

    private String source(String indicator, String area) {
        return ctx.facts().source(indicator, area)
                .map(this::describe)
                .orElse(ctx.text("national.sourceMissing"));
    }

    private String describe(ReferenceSource s) {
        String note = PlainText.clean(s.note());
        return PlainText.clean(s.source()) + ", " + ctx.vocabulary().halfYearsIn(s.year()) + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
