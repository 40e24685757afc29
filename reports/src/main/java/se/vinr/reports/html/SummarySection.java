package se.vinr.reports.html;

import se.vinr.reports.charts.TrendCharts;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.findings.MainPoints;

/** First what is both worse than the comparison and getting worse, then the ranked main points. */
final class SummarySection {

    static final String WORSENING_ID = "sammanfattning-forsamring";
    static final String POINTS_ID = "huvudpunkter";

    private final DocumentContext ctx;

    SummarySection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void write(Html html) {
        html.open("section", "id", WORSENING_ID);
        html.element("h2", ctx.t("Sämre än jämförelsen och på väg åt fel håll", "Worse than the comparison and moving the wrong way"));
        if (ctx.worsening().isEmpty()) {
            html.open("div", "class", "callout calm").element("p", ctx.t(
                    "Ingen indikator är både säkert sämre än sitt jämförelsevärde och på väg åt fel håll.",
                    "No indicator is both clearly worse than its comparison value and moving the wrong way.")).close("div");
        } else {
            html.open("div", "class", "callout").open("ul");
            for (MainPoint point : ctx.worsening()) {
                html.element("li", point.sentence());
            }
            html.close("ul").close("div");
            for (MainPoint point : ctx.worsening()) {
                ctx.figures().write(html, TrendCharts.trendId(point.indicator(), point.breakdown()));
            }
        }
        html.close("section").newline();

        html.open("section", "id", POINTS_ID);
        html.element("h2", ctx.t("Huvudbudskap", "Key messages"));
        if (ctx.mainPoints().isEmpty()) {
            html.element("p", ctx.t("Inga värden att sammanfatta det här halvåret.", "No values to summarise this half-year."));
        } else {
            // Sentences first, as a bulletin's key points; each links to its chart, drawn below the list.
            html.open("ol", "class", "points");
            for (MainPoint point : ctx.mainPoints()) {
                String chart = TrendCharts.trendId(point.indicator(), point.breakdown());
                // The indicator's id and breakdown for programs that check the sentence against indicators.csv.
                html.open("li", "data-indicator", point.indicator(), "data-breakdown", point.breakdown().toString())
                        .element("p", point.sentence(), "class", "point");
                if (ctx.figures().has(chart)) {
                    html.open("p", "class", "note").element("a", ctx.t("Diagram: ", "Chart: ")
                            + ctx.subject(point.indicator(), point.breakdown()), "href", "#fig-" + chart).close("p");
                }
                html.close("li");
            }
            html.close("ol");
            MainPoints points = new MainPoints(ctx.facts());
            html.element("p", points.noOtherChanges(), "class", "point none-other");
            if (!points.commonCaveat().isEmpty()) {
                html.element("p", points.commonCaveat(), "class", "note");
            }
            html.element("p", ctx.t("Ordnade efter vikt; en förändring kallas större än slumpen bara när det statistiska testet visar det.",
                    "Ranked by weight; a change is called larger than chance only when the statistical test shows it."),
                    "class", "note");
            for (MainPoint point : ctx.mainPoints()) {
                ctx.figures().write(html, TrendCharts.trendId(point.indicator(), point.breakdown()));
            }
        }
        html.close("section").newline();
    }
}
