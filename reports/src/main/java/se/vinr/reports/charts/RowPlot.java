package se.vinr.reports.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One row per unit, department or indicator: a dot for the value, a whisker for its interval, the
 * value written beside it ({@code ..} where hidden), and a vertical line for a goal or reference.
 */
public final class RowPlot implements ChartBody {

    /** One row; {@code value} null means hidden or missing, written as {@code text}. */
    public record Row(String label, Double value, Double low, Double high, Color color, String text,
                      Double rangeLow, Double rangeHigh, Double boxLow, Double boxHigh) {

        public static Row of(String label, Double value, Double low, Double high, Color color, String text) {
            return new Row(label, value, low, high, color, text, null, null, null, null);
        }
    }

    private record Line(double value, String label, Color color) {
    }

    /** The dot's line of a row, below its name. */
    private static final double DOT_LINE = 24;
    /** What the value axis (ticks and title) takes below the rows. */
    private static final double AXIS = 52;
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final ChartStyle style;
    private final NumberFormat format;
    private final String axisLabel;
    private final List<Row> rows = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private Double lower;
    private Double upper;
    private double minimumUpper;

    public RowPlot(ChartStyle style, NumberFormat format, String axisLabel) {
        this.style = style;
        this.format = format;
        this.axisLabel = axisLabel;
    }

    public RowPlot row(Row row) {
        rows.add(row);
        return this;
    }

    public RowPlot line(double value, String label, Color color) {
        lines.add(new Line(value, label, color));
        return this;
    }

    public RowPlot range(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
        return this;
    }

    /** Keep the axis at least this long, e.g. to centre a reference line. */
    public RowPlot atLeast(double upper) {
        this.minimumUpper = upper;
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** The designed chart height (frame included) at the wide width; a narrow chart grows as its names wrap. */
    public int chartHeight() {
        return (int) Math.ceil(Chart.FRAME + height(Chart.WIDTH - 14, 0));
    }

    private double textWidth(String text) {
        return text == null ? 0 : style.annotationFont().getStringBounds(text, FRC).getWidth() + 12;
    }

    /** Each row's name in lines as wide as the plot: written in full above its dot, never cut. */
    private List<List<String>> names(double width) {
        return rows.stream().map(r -> ChartPainter.wrap(r.label(), style.tickFont(), Math.max(width - 24, 80))).toList();
    }

    private double nameLine() {
        return style.tickFont().getLineMetrics("Åg", FRC).getHeight();
    }

    /** Rows and axis at this width: a reference line's name, a line per row name and a dot line per row. */
    @Override
    public double height(double width, double designed) {
        double names = names(width).stream().mapToDouble(l -> l.size() * nameLine()).sum();
        return nameLine() + names + DOT_LINE * Math.max(rows.size(), 1) + AXIS;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        build(area.getWidth()).draw(g2, area);
    }

    JFreeChart build(double width) {
        double plotWidth = Math.max(width - 30, 120);
        double max = 0;
        for (Row row : rows) {
            double end = 0;
            for (Double v : new Double[] {row.value(), row.high(), row.rangeHigh()}) {
                if (v != null && !v.isNaN()) {
                    end = Math.max(end, v);
                }
            }
            // Room for the value written to the right of the whisker.
            double share = Math.min(textWidth(row.text()) / plotWidth, 0.5);
            max = Math.max(max, end / (1 - share));
        }
        for (Line line : lines) {
            max = Math.max(max, line.value());
        }
        double top = upper != null ? upper : ChartStyle.niceCeiling(Math.max(max * 1.05, minimumUpper));
        double bottom = lower != null ? lower : 0;
        // Positions in pixels, counted up from the axis: row 0 at the top, its name above its dot, a
        // reference line's name above the first row. Counting down rather than inverting the axis, which
        // boxes cannot follow.
        List<List<String>> names = names(width);
        double nameHeight = nameLine();
        double total = height(width, 0) - AXIS;
        NumberAxis rowAxis = new NumberAxis();
        rowAxis.setVisible(false);
        rowAxis.setRange(0, total);
        NumberAxis valueAxis = style.valueAxis(axisLabel, format, bottom, top);
        XYPlot plot = new XYPlot(null, rowAxis, valueAxis, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.LIGHT_GREY);

        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        double offset = (top - bottom) * 0.012;
        double half = 0.3 * DOT_LINE;
        double y = total - nameHeight;
        int n = rows.size();
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            for (String name : names.get(r)) {
                XYTextAnnotation text = style.text(name, y - nameHeight / 2, bottom + offset / 2, Palette.TEXT, TextAnchor.CENTER_LEFT);
                // A reference line runs behind the names; on a white ground it does not strike them through.
                text.setBackgroundPaint(Color.WHITE);
                plot.addAnnotation(text);
                y -= nameHeight;
            }
            double i = y - DOT_LINE / 2;
            y -= DOT_LINE;
            if (row.rangeLow() != null && row.rangeHigh() != null) {
                renderer.addAnnotation(new XYBoxAnnotation(i - half, row.rangeLow(), i + half, row.rangeHigh(), null, null,
                        Palette.LIGHT_GREY), Layer.BACKGROUND);
            }
            if (row.boxLow() != null && row.boxHigh() != null) {
                renderer.addAnnotation(new XYBoxAnnotation(i - half, row.boxLow(), i + half, row.boxHigh(), null, null,
                        Palette.GREY), Layer.BACKGROUND);
            }
            if (row.low() != null && row.high() != null) {
                plot.addAnnotation(style.segment(i, row.low(), i, row.high(), ChartStyle.solid(1.6f), Palette.TEXT));
                plot.addAnnotation(style.segment(i - half * 0.7, row.low(), i + half * 0.7, row.low(), ChartStyle.solid(1.6f), Palette.TEXT));
                plot.addAnnotation(style.segment(i - half * 0.7, row.high(), i + half * 0.7, row.high(), ChartStyle.solid(1.6f), Palette.TEXT));
            }
            XYSeries series = new XYSeries("row" + r, false, true);
            series.add(i, row.value());
            dots.addSeries(series);
            renderer.setSeriesPaint(r, row.color());
            renderer.setSeriesShape(r, ChartStyle.circle(11));
            renderer.setSeriesOutlinePaint(r, Palette.TEXT);
            if (row.text() != null && !row.text().isEmpty()) {
                double at = row.high() != null ? row.high() : row.value() != null ? row.value() : bottom;
                double needed = textWidth(row.text()) / plotWidth * (top - bottom);
                if (at + offset + needed <= top) {
                    plot.addAnnotation(style.text(row.text(), i, at + offset, Palette.TEXT, TextAnchor.CENTER_LEFT));
                } else {
                    double left = row.low() != null ? row.low() : row.value() != null ? row.value() : at;
                    plot.addAnnotation(style.text(row.text(), i, left - offset, Palette.TEXT, TextAnchor.CENTER_RIGHT));
                }
            }
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        plot.setDataset(0, dots);
        plot.setRenderer(0, renderer);
        for (Line line : lines) {
            plot.addRangeMarker(style.marker(line.value(), line.label(), line.color(), ChartStyle.dashed(1.4f), true),
                    Layer.BACKGROUND);
        }
        return style.chart(plot);
    }
}
