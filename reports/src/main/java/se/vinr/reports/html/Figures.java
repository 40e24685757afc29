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

/**
 * Places charts in one document ({@code figure.jte}): each once, numbered, with its caption and its table
 * as the text alternative; a chart asked for again is referred to by a link. Charts are numbered in the
 * order they are asked for, so the sections ask in document order.
 */
final class Figures {

    private static final int APPENDIX_ROWS = 12;

    private final Map<String, RenderedChart> charts = new LinkedHashMap<>();
    private final Map<String, Chart> hidden = new LinkedHashMap<>();
    private final int threshold;
    private final ChartEmbedding embedding;
    private final Texts texts;
    private final Set<String> shown = new HashSet<>();
    private final List<RenderedChart> placed = new ArrayList<>();

    /** @param hidden charts not drawn because every value in them is hidden; a sentence stands in their place */
    Figures(List<RenderedChart> charts, List<Chart> hidden, int threshold, ChartEmbedding embedding, Texts texts) {
        charts.forEach(c -> this.charts.put(c.chart().id(), c));
        hidden.forEach(c -> this.hidden.put(c.id(), c));
        this.threshold = threshold;
        this.embedding = embedding;
        this.texts = texts;
    }

    boolean has(String id) {
        return charts.containsKey(id);
    }

    /**
     * The chart as markup, or a link to where it already stands, or — for a chart whose every value is
     * hidden — a sentence saying so; empty when there is no such chart.
     */
    String markup(String id) {
        Chart empty = hidden.get(id);
        if (empty != null && shown.add(id)) {
            return render(new Views.Figure(Views.FigureKind.HIDDEN, id, 0, empty.title(), "", null, null, null,
                    empty.subject(), threshold));
        }
        RenderedChart rendered = charts.get(id);
        if (rendered == null) {
            return "";
        }
        Chart chart = rendered.chart();
        if (!shown.add(id)) {
            return render(new Views.Figure(Views.FigureKind.LINK, id, 0, chart.title(), "", null, null, null,
                    chart.subject(), threshold));
        }
        placed.add(rendered);
        String caption = chart.subtitle() + ". " + (chart.note().isEmpty() ? "" : chart.note() + ". ") + chart.caption();
        boolean svg = embedding == ChartEmbedding.INLINE_SVG;
        return render(new Views.Figure(Views.FigureKind.PLACED, id, placed.size(), chart.title(), caption,
                // Both layouts inline; the stylesheet shows the narrow one where the wide one would shrink its
                // text below 12 px, and the one not shown is out of the accessibility tree (display: none).
                svg ? accessible(rendered.svgElement(), chart.title(), "chart-wide")
                        + accessible(rendered.narrowSvgElement(), chart.title(), "chart-narrow") : null,
                svg ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(rendered.printPng()),
                table(chart.table(), chart.table().rows()), chart.subject(), threshold));
    }

    /** The markup of each chart asked for, in order, leaving out those that are not there. */
    List<String> markup(List<String> ids) {
        return ids.stream().map(this::markup).filter(m -> !m.isEmpty()).toList();
    }

    private String render(Views.Figure figure) {
        return Templates.render("figure.jte", texts, "figure", figure);
    }

    /** A chart's table: the first column names the row, the others are figures. */
    private static Views.Table table(DataTable table, List<List<String>> rows) {
        List<Views.Header> headers = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            headers.add(new Views.Header(table.headers().get(i), i >= 1));
        }
        return new Views.Table(null, String.join(", ", table.headers()), headers, rows.stream().map(row -> row.stream().map(Views.TableCell::of).toList()).toList());
    }

    /**
     * The PDF's appendix: the table behind every chart placed, under its figure number, since a printed
     * page cannot open the table under the chart. A funnel plot's table lists every municipality (about
     * 290): on paper the first rows and a pointer to the full table in rapport.html, rather than thirty
     * pages of it.
     */
    Views.Appendix appendix(String id) {
        List<Views.AppendixTable> tables = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Chart chart = placed.get(i).chart();
            List<List<String>> rows = chart.table().rows();
            List<List<String>> shownRows = rows.size() > APPENDIX_ROWS ? rows.subList(0, APPENDIX_ROWS) : rows;
            tables.add(new Views.AppendixTable(i + 1, chart.title(), rows.size(), shownRows.size(),
                    table(chart.table(), shownRows)));
        }
        return new Views.Appendix(id, tables);
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
