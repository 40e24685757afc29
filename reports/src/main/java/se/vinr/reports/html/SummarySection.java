package se.vinr.reports.html;

import se.vinr.reports.charts.TrendCharts;
import se.vinr.reports.findings.MainPoint;

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
        html.element("h2", ctx.t("Huvudpunkter", "Main points"));
        if (ctx.mainPoints().isEmpty()) {
            html.element("p", ctx.t("Inga förändringar eller skillnader att lyfta fram det här halvåret.",
                    "No changes or differences to point out this half-year."));
        } else {
            html.element("p", ctx.t("Rangordnade efter vikt; en förändring kallas större än slumpen bara när det statistiska testet visar det.",
                    "Ranked by weight; a change is called larger than chance only when the statistical test shows it."),
                    "class", "note");
            html.open("ol", "class", "points");
            for (MainPoint point : ctx.mainPoints()) {
                html.open("li").element("p", point.sentence(), "class", "point");
                ctx.figures().write(html, TrendCharts.trendId(point.indicator(), point.breakdown()));
                html.close("li");
            }
            html.close("ol");
        }
        html.close("section").newline();
    }
}
