package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.charts.TrendCharts;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.findings.MainPoints;

/**
 * First what is both worse than the comparison and getting worse ({@code worsening.jte}), then the ranked
 * key messages ({@code keyMessages.jte}).
 */
final class SummarySection {

    static final String WORSENING_ID = "sammanfattning-forsamring";
    static final String POINTS_ID = "huvudpunkter";

    private final DocumentContext ctx;

    SummarySection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        List<String> sentences = ctx.worsening().stream().map(MainPoint::sentence).toList();
        List<String> worseningCharts = ctx.figures().markup(ctx.worsening().stream()
                .map(p -> TrendCharts.trendId(p.indicator(), p.breakdown())).toList());
        String worsening = Templates.render("worsening.jte", ctx.texts(), "view",
                new Views.Worsening(WORSENING_ID, sentences, worseningCharts));

        MainPoints points = new MainPoints(ctx.facts());
        List<Views.KeyMessage> messages = new ArrayList<>();
        for (MainPoint point : ctx.mainPoints()) {
            String chart = TrendCharts.trendId(point.indicator(), point.breakdown());
            messages.add(new Views.KeyMessage(point.indicator(), point.breakdown().toString(), point.sentence(),
                    ctx.figures().has(chart) ? chart : null, ctx.subject(point.indicator(), point.breakdown())));
        }
        // The charts after the sentences, as a bulletin puts its key points first.
        String charts = String.join("\n", ctx.figures().markup(ctx.mainPoints().stream()
                .map(p -> TrendCharts.trendId(p.indicator(), p.breakdown())).toList()));
        return worsening + Templates.render("keyMessages.jte", ctx.texts(), "view", new Views.KeyMessages(
                POINTS_ID, messages, points.noOtherChanges(), points.commonCaveat(), charts));
    }
}
