package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as SVG and as PNG, wide and narrow, with or without its caption. Keeps nothing of the
 * charts it draws, so several threads may draw different charts with one exporter.
 */
public final class ChartExporter {

    /** PNG pixels per chart unit: sharp enough for print at A4 width. */
    private static final int PNG_SCALE = 2;

    private final ChartPainter painter;
    private final Function<String, String> fontFamilies = family ->
            ReportFonts.FAMILY.equals(family) ? ReportFonts.CSS_STACK : family;

    /** @param mark text for the corner of every chart (the demo's mark), or empty */
    public ChartExporter(ReportFonts fonts, String mark) {
        this.painter = new ChartPainter(fonts, mark);
    }

    public RenderedChart render(Chart chart) {
        SVGGraphics2D standalone = svg(chart, chart.id(), Chart.WIDTH, true);
        String document = standalone.getSVGDocument();
        standalone.dispose();
        List<byte[]> pngs = PngEncoder.encode(picture(chart, true), picture(chart, false));
        return new RenderedChart(chart, element(chart, chart.id(), Chart.WIDTH),
                element(chart, chart.id() + "-narrow", Chart.NARROW_WIDTH), document, pngs.get(0), pngs.get(1));
    }

    /** An inline {@code <svg>} without the caption, which the report's figure caption carries. */
    private String element(Chart chart, String id, int width) {
        SVGGraphics2D svg = svg(chart, id, width, false);
        String element = svg.getSVGElement("chart-" + id, false, new ViewBox(0, 0, width, (int) svg.getHeight()), null, null);
        svg.dispose();
        return element;
    }

    private SVGGraphics2D svg(Chart chart, String id, int width, boolean withCaption) {
        SVGGraphics2D svg = new SVGGraphics2D(width, painter.height(chart, width, withCaption));
        // Several charts share one HTML page: their clip paths and gradients must not share ids.
        svg.setDefsKeyPrefix(id + "-");
        svg.setFontFunction(fontFamilies);
        // Full double precision made a funnel plot of 290 points 390 KB; a hundredth of a pixel is invisible.
        svg.setGeomDoubleConverter(ChartExporter::hundredths);
        svg.setTransformDoubleConverter(ChartExporter::hundredths);
        painter.paint(chart, svg, width, withCaption);
        return svg;
    }

    static String hundredths(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private BufferedImage picture(Chart chart, boolean withCaption) {
        int height = painter.height(chart, Chart.WIDTH, withCaption);
        BufferedImage image = new BufferedImage(Chart.WIDTH * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(PNG_SCALE, PNG_SCALE);
            painter.paint(chart, g2, Chart.WIDTH, withCaption);
        } finally {
            g2.dispose();
        }
        return image;
    }
}
