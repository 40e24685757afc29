package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.vinr.reports.charts.Chart;
import se.vinr.reports.charts.DataTable;
import se.vinr.reports.charts.RenderedChart;
import se.vinr.reports.text.Words;

/**
 * Places charts in one document: each once, numbered, with its caption and its table as the text
 * alternative; a chart asked for again is referred to by a link.
 */
final class Figures {

    private final Map<String, RenderedChart> charts = new LinkedHashMap<>();
    private final ChartEmbedding embedding;
    private final Words words;
    private final Set<String> shown = new HashSet<>();
    private final List<RenderedChart> placed = new ArrayList<>();
    private int number;

    private static final int APPENDIX_ROWS = 12;

    private final Map<String, Chart> hidden = new LinkedHashMap<>();
    private final int threshold;

    /** @param hidden charts not drawn because every value in them is hidden; a sentence stands in their place */
    Figures(List<RenderedChart> charts, List<Chart> hidden, int threshold, ChartEmbedding embedding, Words words) {
        charts.forEach(c -> this.charts.put(c.chart().id(), c));
        hidden.forEach(c -> this.hidden.put(c.id(), c));
        this.threshold = threshold;
        this.embedding = embedding;
        this.words = words;
    }

    boolean has(String id) {
        return charts.containsKey(id);
    }

    /**
     * Writes the chart, or a link to where it already stands, or — for a chart whose every value is
     * hidden — a sentence saying so; nothing when there is no such chart.
     */
    void write(Html html, String id) {
        Chart empty = hidden.get(id);
        if (empty != null && shown.add(id)) {
            html.element("p", empty.subject() + words.t(": varje värde bygger på färre än " + threshold
                    + " personer och döljs för att skydda små tal, så diagrammet visas inte.", ": every value rests on fewer than "
                    + threshold + " people and is hidden to protect small numbers, so the chart is not shown."), "class", "note",
                    "id", "fig-" + id);
            return;
        }
        RenderedChart rendered = charts.get(id);
        if (rendered == null) {
            return;
        }
        if (!shown.add(id)) {
            html.open("p", "class", "note").open("a", "href", "#fig-" + id, "title", rendered.chart().title())
                    .text(words.t("Se diagrammet ovan: ", "See the chart above: ") + rendered.chart().title()).close("a").close("p");
            return;
        }
        Chart chart = rendered.chart();
        placed.add(rendered);
        number++;
        html.open("figure", "class", "chart", "id", "fig-" + id);
        if (embedding == ChartEmbedding.INLINE_SVG) {
            // Both layouts inline; the stylesheet shows the narrow one where the wide one would shrink its text
            // below 12 px, and the one not shown is out of the accessibility tree (display: none).
            html.raw(accessible(rendered.svgElement(), chart.title(), "chart-wide"));
            html.raw(accessible(rendered.narrowSvgElement(), chart.title(), "chart-narrow"));
        } else {
            html.empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(rendered.printPng()),
                    "alt", chart.title());
        }
        html.open("figcaption").open("strong").text(words.t("Figur ", "Figure ") + number + ". " + chart.title()).close("strong")
                .text(" " + chart.subtitle() + ". " + (chart.note().isEmpty() ? "" : chart.note() + ". ") + chart.caption())
                .close("figcaption");
        table(html, chart);
        html.close("figure").newline();
    }

    private void table(Html html, Chart chart) {
        DataTable table = chart.table();
        html.open("details").element("summary", words.t("Tabell: siffrorna i diagrammet", "Table: the figures in the chart"));
        Tables.write(html, null, table.headers(), table.rows(), 1);
        html.close("details");
    }

    /**
     * The PDF's appendix: the table behind every chart placed, under its figure number, since a printed
     * page cannot open the table under the chart.
     */
    void appendix(Html html, String id) {
        html.open("section", "id", id, "class", "chapter");
        html.element("h2", words.t("Bilaga: tabeller till diagrammen", "Appendix: tables behind the charts"));
        for (int i = 0; i < placed.size(); i++) {
            Chart chart = placed.get(i).chart();
            DataTable table = chart.table();
            html.element("h3", words.t("Figur ", "Figure ") + (i + 1) + ". " + chart.title());
            List<List<String>> rows = table.rows();
            if (rows.size() > APPENDIX_ROWS) {
                // A funnel plot's table lists every municipality (about 290): on paper the first rows and a
                // pointer to the full table in rapport.html, rather than thirty pages of it.
                html.element("p", words.t("De första " + APPENDIX_ROWS + " av " + rows.size()
                        + " raderna; hela tabellen finns under diagrammet i rapport.html.", "The first " + APPENDIX_ROWS
                        + " of " + rows.size() + " rows; the whole table is under the chart in rapport.html."), "class", "note");
                rows = rows.subList(0, APPENDIX_ROWS);
            }
            Tables.write(html, null, table.headers(), rows, 1);
        }
        html.close("section").newline();
    }

    /** Names the inline SVG for assistive technology; the table below carries the figures. */
    private static String accessible(String svg, String title, String layout) {
        int end = svg.indexOf('>');
        if (!svg.startsWith("<svg") || end < 0) {
            return svg;
        }
        String start = svg.substring(0, end);
        if (start.endsWith("/")) {
            start = start.substring(0, start.length() - 1);
        }
        return start + " class=\"" + layout + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\""
                + svg.substring(start.length());
    }

    /** Charts not yet placed, in their build order. */
    List<String> remaining() {
        List<String> left = new ArrayList<>();
        for (String id : charts.keySet()) {
            if (!shown.contains(id)) {
                left.add(id);
            }
        }
        return left;
    }
}
