package se.vinr.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The one template of the report. The HTML file and the PDF are both made here; they differ only in
 * how charts are embedded (inline SVG, or PNG for the PDF renderer). The output is well-formed XHTML
 * so that the PDF renderer, which parses XML, reads exactly what a browser shows.
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
        DocumentContext ctx = new DocumentContext(facts, words, new NumberText(words), new Vocabulary(words),
                new Figures(charts, hiddenCharts, facts.threshold(), embedding, words), worsening, mainPoints);
        String title = title(facts, words);
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", words.language().code(),
                "xml:lang", words.language().code()).newline();
        html.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title)
                .open("style").raw(stylesheet(facts, words, title)).close("style");
        if (embedding == ChartEmbedding.PNG) {
            bookmarks(html, words);
        }
        html.close("head").newline();
        html.open("body");
        html.open("header").element("p", words.t("Uppföljning av arbetet mot våld i nära relationer",
                "Follow-up of the work against violence in close relationships"), "class", "meta");
        html.element("h1", facts.municipalityName() + " – " + new Vocabulary(words).halfYear(facts.period()));
        html.element("p", words.t("Halvårsrapport. Jämförelser med riket, länet och kommungruppen där sådana finns. ",
                "Half-year report. Comparisons with Sweden, the county and the municipality group where they exist. ")
                + words.t("Värden under ", "Values below ") + facts.threshold()
                + words.t(" visas som “..”.", " are shown as “..”."), "class", "meta");
        if (facts.model().synthetic()) {
            html.open("p", "class", "demo").element("strong", DemoMark.text(words)).text(". " + DemoMark.explanation(words)).close("p");
        }
        html.close("header").newline();
        contents(html, words);
        html.open("main");
        new SummarySection(ctx).write(html);
        ComparisonSection comparison = new ComparisonSection(ctx);
        comparison.writeSpine(html);
        comparison.writeNational(html);
        new DetailSection(ctx).write(html);
        new PlanSection(ctx).write(html);
        new QualitySection(ctx).write(html);
        new MethodSection(ctx).write(html);
        if (embedding == ChartEmbedding.PNG) {
            ctx.figures().appendix(html, APPENDIX_ID);
        }
        html.close("main");
        html.open("footer").text(title + ". " + words.t("Skapad ", "Created ") + new Vocabulary(words).date(facts.model().created())
                + ", vinr " + PlainText.clean(facts.model().toolVersion()) + ".").close("footer");
        html.close("body").close("html").newline();
        return html.toString();
    }

    private static String title(ReportFacts facts, Words words) {
        return words.t("VINR-uppföljning ", "VINR follow-up ") + facts.municipalityName() + ", "
                + new Vocabulary(words).halfYear(facts.period());
    }

    private static final String APPENDIX_ID = "bilaga-tabeller";

    /** The PDF's outline (openhtmltopdf's bookmarks element): one entry per chapter, as in the contents. */
    private static void bookmarks(Html html, Words words) {
        html.open("bookmarks");
        for (String[] entry : ENTRIES) {
            html.empty("bookmark", "name", words.t(entry[1], entry[2]), "href", "#" + entry[0]);
        }
        html.empty("bookmark", "name", words.t("Bilaga: tabeller till diagrammen", "Appendix: tables behind the charts"),
                "href", "#" + APPENDIX_ID);
        html.close("bookmarks");
    }

    private static void contents(Html html, Words words) {
        html.open("nav", "aria-label", words.t("Innehåll", "Contents")).element("h2", words.t("Innehåll", "Contents")).open("ol");
        for (String[] entry : ENTRIES) {
            String name = words.t(entry[1], entry[2]);
            html.open("li").element("a", name, "href", "#" + entry[0]).close("li");
        }
        html.close("ol").close("nav").newline();
    }

    private static final String[][] ENTRIES = {
            {SummarySection.WORSENING_ID, "Sämre och på väg åt fel håll", "Worse and moving the wrong way"},
            {SummarySection.POINTS_ID, "Huvudbudskap", "Key messages"},
            {ComparisonSection.SPINE_ID, "Alla indikatorer i överblick", "Every indicator at a glance"},
            {ComparisonSection.NATIONAL_ID, "Nationell jämförelse", "National comparison"},
            {DetailSection.ID, "Verksamheten i detalj", "The work in detail"},
            {PlanSection.ID, "Uppföljning av handlingsplanen", "Action plan follow-up"},
            {QualitySection.ID, "Datakvalitet", "Data quality"},
            {MethodSection.ID, "Metod", "Method"}};

    /** The stylesheet with the page header filled in, escaped as CSS strings inside an XML text node. */
    private String stylesheet(ReportFacts facts, Words words, String title) {
        return stylesheet.replace("/*HEADER*/", cssString(title))
                .replace("/*FOOTER*/", cssString(words.t("Värden under ", "Values below ") + facts.threshold()
                        + words.t(" visas som ..", " are shown as ..")))
                .replace("/*DEMO*/", facts.model().synthetic() ? cssString(DemoMark.text(words)) : "")
                .replace("/*PAGE*/", cssString(words.t("Sida", "Page")))
                .replace("/*OF*/", cssString(words.t("av", "of")));
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
