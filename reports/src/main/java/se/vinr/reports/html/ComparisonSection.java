package se.vinr.reports.html;

import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.ChartHint;
import se.vinr.reports.charts.ComparisonCharts;
import se.vinr.reports.facts.Assessment;
import se.vinr.reports.facts.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.ReferenceSource;
import se.vinr.reports.model.TrendFinding;
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
        ReportFacts facts = ctx.facts();
        NumberText numbers = ctx.numbers();
        html.open("section", "id", SPINE_ID);
        html.element("h2", ctx.t("Alla indikatorer mot riket", "Every indicator against Sweden"));
        ctx.figures().write(html, "spine");
        html.open("table").element("caption", ctx.t("Senaste halvåret, med förändring, variation och måluppfyllelse",
                "Latest half-year, with change, variation and goal assurance"));
        html.open("thead").open("tr");
        for (String header : List.of(ctx.t("Indikator", "Indicator"), ctx.t("Värde", "Value"),
                ctx.t("Konfidensintervall", "Confidence interval"), ctx.t("Riket", "Sweden"),
                ctx.t("Jämförelse", "Comparison"), ctx.t("Trend", "Trend"), ctx.t("Variation", "Variation"),
                ctx.t("Mål", "Goal"))) {
            html.element("th", header, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (IndicatorDefinition d : facts.definitions()) {
            Optional<IndicatorValue> value = facts.latest(d.id(), Breakdown.ALL);
            Optional<IndicatorValue> national = facts.against(d.id(), Breakdown.ALL, facts.period(), ReportFacts.NATIONAL)
                    .filter(v -> v.referenceValue() != null);
            Optional<TrendFinding> finding = facts.trend(d.id(), Breakdown.ALL);
            html.open("tr").element("td", ctx.title(d))
                    .element("td", numbers.valueWithUnit(value.orElse(null)), "class", "num")
                    .element("td", numbers.interval(value.orElse(null)), "class", "num")
                    .element("td", national.map(v -> numbers.withUnit(v.referenceValue(), v.unit()))
                            .orElse(ctx.t("ingen nationell siffra", "no national figure")), "class", "num");
            html.open("td");
            if (national.isPresent()) {
                ctx.assessment(html, Assessment.of(national.get().comparison(), d.polarity()));
            } else {
                html.text(NumberText.MISSING);
            }
            html.close("td")
                    .element("td", finding.map(this::trend).orElse(NumberText.MISSING))
                    .element("td", finding.map(this::variation).orElse(NumberText.MISSING))
                    .element("td", goal(d, finding)).close("tr");
        }
        html.close("tbody").close("table");
        html.element("p", ctx.t("Trend: riktning över de halvår som hänger ihop utan seriebrott. Variation: styrdiagrammets bedömning "
                        + "av senaste halvåret (vanlig variation eller särskild orsak). Mål: om indikatorn väntas nå handlingsplanens mål.",
                "Trend: direction over the half-years without a series break. Variation: the control chart's judgement of the "
                        + "latest half-year (common variation or special cause). Goal: whether the indicator is expected to reach the plan's goal."),
                "class", "note");
        html.close("section").newline();
    }

    private String trend(TrendFinding f) {
        return switch (f.trend()) {
            case INCREASING -> ctx.t("↑ ökar", "↑ rising");
            case DECREASING -> ctx.t("↓ minskar", "↓ falling");
            case NO_TREND -> ctx.t("→ ingen säker trend", "→ no clear trend");
            case TOO_FEW_POINTS -> ctx.t("för få halvår", "too few half-years");
        };
    }

    private String variation(TrendFinding f) {
        return switch (f.controlSignal()) {
            case ABOVE_UPPER_LIMIT -> ctx.t("särskild orsak: över övre gräns", "special cause: above upper limit");
            case BELOW_LOWER_LIMIT -> ctx.t("särskild orsak: under undre gräns", "special cause: below lower limit");
            case COMMON_CAUSE -> ctx.t("vanlig variation", "common variation");
            case NOT_ASSESSED -> ctx.t("ej bedömd", "not assessed");
        };
    }

    private String goal(IndicatorDefinition d, Optional<TrendFinding> finding) {
        String target = d.goal() == null ? "" : " (" + ctx.numbers().compact(d.goal(), d.unit()) + ")";
        if (finding.isEmpty()) {
            return d.goal() == null ? ctx.t("inget mål", "no goal") : ctx.t("mål", "goal") + target;
        }
        return switch (finding.get().goalAssurance()) {
            case WILL_REACH -> ctx.t("når målet", "will reach the goal") + target;
            case WILL_NOT_REACH -> ctx.t("når inte målet", "will not reach the goal") + target;
            case UNCERTAIN -> ctx.t("osäkert", "uncertain") + target;
            case NO_GOAL -> ctx.t("inget mål", "no goal");
        };
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
            boolean hasNational = comparisons.stream().anyMatch(v -> ReportFacts.NATIONAL.equals(v.referenceArea()));
            if (!hasNational) {
                html.open("tr").element("td", ctx.title(d)).element("td", numbers.valueWithUnit(value.orElse(null)), "class", "num")
                        .element("td", ctx.vocabulary().area(ReportFacts.NATIONAL))
                        .element("td", ctx.t("ingen nationell siffra", "no national figure"))
                        .element("td", NumberText.MISSING).element("td", NumberText.MISSING).close("tr");
            }
            for (IndicatorValue v : comparisons) {
                html.open("tr").element("td", ctx.title(d)).element("td", numbers.valueWithUnit(v), "class", "num")
                        .element("td", facts.areaName(v.referenceArea(), ctx.vocabulary()))
                        .element("td", numbers.withUnit(v.referenceValue(), v.unit()), "class", "num").open("td");
                ctx.assessment(html, Assessment.of(v.comparison(), d.polarity()));
                html.close("td").element("td", source(d.id(), v.referenceArea())).close("tr");
            }
        }
        html.close("tbody").close("table");
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
