package se.vinr.reports.html;

import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.charts.ComparisonCharts;
import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.Variation;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;

/** The spine chart with each indicator's variation and goal marks, then the national comparison. */
final class ComparisonSection {

    static final String SPINE_ID = "alla-indikatorer";
    static final String NATIONAL_ID = "nationell-jamforelse";

    private final DocumentContext ctx;

    ComparisonSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void writeSpine(Html html) {
        html.open("section", "id", SPINE_ID);
        html.element("h2", ctx.t("Alla indikatorer i överblick", "Every indicator at a glance"));
        ctx.figures().write(html, "spine");
        new OverviewTable(ctx).write(html);
        html.close("section").newline();
    }

    void writeNational(Html html) {
        ReportFacts facts = ctx.facts();
        NumberText numbers = ctx.numbers();
        html.open("section", "id", NATIONAL_ID);
        html.element("h2", ctx.t("Nationell jämförelse", "National comparison"));
        html.element("p", ctx.t("Jämförelsen görs med konfidensintervallet: högre eller lägre betyder att jämförelsevärdet ligger utanför "
                        + "kommunens intervall. Källa och år anges för varje jämförelsevärde.",
                "The comparison uses the confidence interval: higher or lower means the comparison value lies outside the "
                        + "municipality's interval. Each comparison value is given with its source and year."), "class", "note");
        int without = 0;
        for (IndicatorDefinition d : facts.definitions()) {
            if (facts.comparisons(d.id(), Breakdown.ALL, facts.period()).isEmpty()) {
                without++;
            }
        }
        if (without > 0) {
            html.element("p", without == facts.definitions().size()
                    ? ctx.t("Ingen indikator har något jämförelsevärde för halvåret.", "No indicator has a comparison value for the half-year.")
                    : ctx.t(without + " av " + facts.definitions().size() + " indikatorer har inget jämförelsevärde och visas inte här.",
                    without + " of " + facts.definitions().size() + " indicators have no comparison value and are not shown here."), "class", "note");
        }
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label", ctx.t("Nationell jämförelse", "National comparison"));
        html.open("table").open("thead").open("tr");
        for (String header : List.of(ctx.t("Indikator", "Indicator"), ctx.t("Värde", "Value"),
                ctx.t("Jämförelseområde", "Comparison area"), ctx.t("Jämförelsevärde", "Comparison value"),
                ctx.t("Jämförelse", "Comparison"), ctx.t("Källa och år", "Source and year"))) {
            html.element("th", header, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (IndicatorDefinition d : facts.definitions()) {
            Optional<IndicatorValue> value = facts.latest(d.id(), Breakdown.ALL);
            List<IndicatorValue> comparisons = facts.comparisons(d.id(), Breakdown.ALL, facts.period());
            for (IndicatorValue v : comparisons) {
                html.open("tr").element("td", ctx.title(d)).element("td", numbers.valueWithUnit(v), "class", "num")
                        .element("td", facts.areaName(v.referenceArea(), ctx.vocabulary()))
                        .element("td", numbers.withUnit(v.referenceValue(), v.unit()), "class", "num").open("td");
                ctx.assessment(html, Assessment.of(v.comparison(), d.polarity()));
                html.close("td").element("td", source(d.id(), v.referenceArea())).close("tr");
            }
        }
        html.close("tbody").close("table").close("div");
        for (String rate : facts.charted(ChartHint.RATE_TREND)) {
            ctx.figures().write(html, "rate_" + rate);
        }
        for (IndicatorDefinition d : facts.definitions()) {
            if (ctx.figures().has(ComparisonCharts.funnelId(d.id()))) {
                ctx.figures().write(html, ComparisonCharts.funnelId(d.id()));
            }
        }
        html.close("section").newline();
    }

    private String source(String indicator, String area) {
        return ctx.facts().source(indicator, area)
                .map(ComparisonSection::describe)
                .orElse(ctx.t("källa saknas", "source missing"));
    }

    static String describe(ReferenceSource s) {
        String note = PlainText.clean(s.note());
        return PlainText.clean(s.source()) + ", " + PlainText.clean(s.year()) + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
