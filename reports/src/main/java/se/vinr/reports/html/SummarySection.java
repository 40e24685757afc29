package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

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

        MainPoints points = new MainPoints(ctx.facts());
        List<Views.KeyMessage> messages = new ArrayList<>();
        for (MainPoint point : ctx.mainPoints()) {
            String chart = TrendCharts.trendId(point.indicator(), point.breakdown());
            messages.add(new Views.KeyMessage(point.indicator(), point.breakdown().toString(), point.sentence(),
                    ctx.figures().has(chart) ? chart : null, ctx.subject(point.indicator(), point.breakdown())));
        }
        // The charts after the sentences, as a bulletin puts its key points first.
        Html charts = new Html();
        for (MainPoint point : ctx.mainPoints()) {
            ctx.figures().write(charts, TrendCharts.trendId(point.indicator(), point.breakdown()));
        }
        html.raw(Templates.render("keyMessages.jte", new Texts(ctx.words().language()), "view", new Views.KeyMessages(
                POINTS_ID, messages, points.noOtherChanges(), points.commonCaveat(), charts.toString()))).newline();
    }
}
