package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.findings.TestCount;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.text.PlainText;

/**
 * How the figures are made ({@code method.jte}): definitions, intervals, comparisons, control charts,
 * small-number protection at the configured protection level, revisions, regulation.
 */
final class MethodSection {

    static final String ID = "metod";

    private final DocumentContext ctx;

    MethodSection(DocumentContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        // Each indicator as a few sentences (what it measures, its unit, its good direction and goal): a
        // seven-column table of definitions does not read on a phone, and prose reads aloud. The models'
        // numerator and denominator definitions are technical notes in English (column names, "<= period
        // end"), so they stay in the indicator files and docs, not in a report in plain Swedish.
        List<Views.Definition> definitions = new ArrayList<>();
        for (IndicatorDefinition d : ctx.facts().definitions()) {
            definitions.add(new Views.Definition(ctx.title(d), sentence(d.description(ctx.words().language())),
                    ctx.numbers().unitName(d.unit()), (d.polarity() == null ? Polarity.NEITHER : d.polarity()).name(),
                    d.goal() == null ? null : ctx.numbers().compact(d.goal(), d.unit())));
        }
        return Templates.render("method.jte", ctx.texts(), "view", new Views.Method(ID, definitions,
                ctx.facts().confidencePercent(), TestCount.of(ctx.facts()).sentence(ctx.words()), ctx.facts().threshold(),
                ctx.facts().model().protectionLevel(), ctx.vocabulary().date(ctx.facts().model().created()),
                PlainText.clean(ctx.facts().model().toolVersion())));
    }

    /** Text ending in a full stop, with a capital first letter; empty for none. */
    private String sentence(String text) {
        String t = PlainText.clean(text);
        if (t.isEmpty()) {
            return "";
        }
        t = t.substring(0, 1).toUpperCase(ctx.words().locale()) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
