package se.vinr.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import se.vinr.reports.charts.Chart;
import se.vinr.reports.charts.RenderedChart;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.findings.MainPoint;
import se.vinr.reports.text.DemoMark;
import se.vinr.reports.text.NumberText;
import se.vinr.reports.text.PlainText;
import se.vinr.reports.text.Vocabulary;
import se.vinr.reports.text.Words;

/**
 * Puts the report together: the page template ({@code page.jte}) around the chapters, each written by its
 * own template from a view its section class makes of the report model. The HTML file and the PDF are both made here; they differ only in how charts are embedded
 * (inline SVG, or PNG for the PDF renderer) and in the PDF's outline and appendix. The output is
 * well-formed XHTML so that the PDF renderer, which parses XML, reads exactly what a browser shows.
 */
public final class ReportDocument {

    private final String stylesheet;

    public ReportDocument() {
        try (InputStream in = ReportDocument.class.getResourceAsStream("/se/vinr/reports/html/report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the reports jar");
            }
            this.stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report.css", e);
        }
    }

    /** @param hiddenCharts charts left undrawn because every value in them is hidden */
    public String render(ReportFacts facts, List<RenderedChart> charts, List<Chart> hiddenCharts, List<MainPoint> worsening,
                         List<MainPoint> mainPoints, ChartEmbedding embedding) {
        Words words = facts.words();
        Texts texts = new Texts(words.language());
        DocumentContext ctx = new DocumentContext(facts, words, texts, new NumberText(words), new Vocabulary(words),
                new Figures(charts, hiddenCharts, facts.threshold(), embedding, texts), worsening, mainPoints);
        String title = title(facts, texts, words);
        // In document order: the figures are numbered as the sections place them.
        ComparisonSection comparison = new ComparisonSection(ctx);
        StringBuilder chapters = new StringBuilder()
                .append(new SummarySection(ctx).render()).append('\n')
                .append(comparison.renderSpine()).append('\n')
                .append(comparison.renderNational()).append('\n')
                .append(new DetailSection(ctx).render()).append('\n')
                .append(new PlanSection(ctx).render()).append('\n')
                .append(new QualitySection(ctx).render()).append('\n')
                .append(new MethodSection(ctx).render()).append('\n');
        if (embedding == ChartEmbedding.PNG) {
            chapters.append(Templates.render("appendix.jte", texts, "appendix", ctx.figures().appendix(APPENDIX_ID)));
        }
        List<Views.Chapter> contents = new ArrayList<>();
        for (String[] entry : ENTRIES) {
            contents.add(new Views.Chapter(entry[0], texts.format(entry[1])));
        }
        Vocabulary vocabulary = new Vocabulary(words);
        Views.Page page = new Views.Page(words.language().code(), title, stylesheet(facts, texts, words, title),
                embedding == ChartEmbedding.PNG,
                facts.municipalityName() + " – " + vocabulary.halfYear(facts.period()),
                texts.format("page.lede", facts.threshold()),
                facts.model().synthetic(), DemoMark.text(words), DemoMark.explanation(words), contents, chapters.toString(),
                texts.format("page.footer", title, vocabulary.date(facts.model().created()),
                        PlainText.clean(facts.model().toolVersion())));
        return Templates.render("page.jte", texts, "page", page);
    }

    private static String title(ReportFacts facts, Texts texts, Words words) {
        return texts.format("page.title", facts.municipalityName(), new Vocabulary(words).halfYear(facts.period()));
    }

    private static final String APPENDIX_ID = "bilaga-tabeller";

    /** The chapters in the contents: id and the bundle key of the name. */
    private static final String[][] ENTRIES = {
            {SummarySection.WORSENING_ID, "contents.worsening"},
            {SummarySection.POINTS_ID, "keyMessages.heading"},
            {ComparisonSection.SPINE_ID, "spine.heading"},
            {ComparisonSection.NATIONAL_ID, "national.heading"},
            {DetailSection.ID, "detail.heading"},
            {PlanSection.ID, "plan.heading"},
            {QualitySection.ID, "quality.heading"},
            {MethodSection.ID, "method.heading"}};

    /** The stylesheet with the page header filled in, escaped as CSS strings inside an XML text node. */
    private String stylesheet(ReportFacts facts, Texts texts, Words words, String title) {
        return stylesheet.replace("/*HEADER*/", cssString(title))
                .replace("/*FOOTER*/", cssString(texts.format("page.printFooter", facts.threshold())))
                .replace("/*DEMO*/", facts.model().synthetic() ? cssString(DemoMark.text(words)) : "")
                .replace("/*PAGE*/", cssString(texts.format("page.page")))
                .replace("/*OF*/", cssString(texts.format("page.of")));
    }

    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : PlainText.clean(text).toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                // Neither may appear raw in a <style> of an XML document; CSS hex escapes keep their meaning.
                case '<' -> out.append("\\3C ");
                case '&' -> out.append("\\26 ");
                case '>' -> out.append("\\3E ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
