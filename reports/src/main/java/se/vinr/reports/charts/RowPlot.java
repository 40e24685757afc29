package se.vinr.reports.charts;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
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
public final class RowPlot {

    /** One row; {@code value} null means hidden or missing, written as {@code text}. */
    public record Row(String label, Double value, Double low, Double high, Color color, String text,
                      Double rangeLow, Double rangeHigh, Double boxLow, Double boxHigh) {

        public static Row of(String label, Double value, Double low, Double high, Color color, String text) {
            return new Row(label, value, low, high, color, text, null, null, null, null);
        }
    }

    private record Line(double value, String label, Color color) {
    }

    public static final int ROW_HEIGHT = 30;
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

    /** Chart height for this many rows, title and caption included. */
    public int chartHeight() {
        return 170 + ROW_HEIGHT * Math.max(rows.size(), 1);
    }

    private double textWidth(String text) {
        return text == null ? 0 : style.annotationFont().getStringBounds(text, FRC).getWidth() + 12;
    }

    /** The width the values have: the chart less the row names and the axis. */
    private double plotWidth() {
        double labels = rows.stream().mapToDouble(r -> style.tickFont().getStringBounds(r.label(), FRC).getWidth())
                .max().orElse(0);
        return Math.max(Chart.WIDTH - 50 - labels, 200);
    }

    public JFreeChart build() {
        double plotWidth = plotWidth();
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
        // Row 0 at the top: positions count down rather than inverting the axis, which boxes cannot follow.
        int n = rows.size();
        List<String> labels = new ArrayList<>(rows.stream().map(Row::label).toList());
        Collections.reverse(labels);
        SymbolAxis rowAxis = style.symbolAxis(labels);
        rowAxis.setRange(-0.6, n - 0.4);
        NumberAxis valueAxis = style.valueAxis(axisLabel, format, bottom, top);
        XYPlot plot = new XYPlot(null, rowAxis, valueAxis, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.LIGHT_GREY);

        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        double offset = (top - bottom) * 0.012;
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            int i = n - 1 - r;
            if (row.rangeLow() != null && row.rangeHigh() != null) {
                renderer.addAnnotation(new XYBoxAnnotation(i - 0.16, row.rangeLow(), i + 0.16, row.rangeHigh(), null, null,
                        Palette.LIGHT_GREY), Layer.BACKGROUND);
            }
            if (row.boxLow() != null && row.boxHigh() != null) {
                renderer.addAnnotation(new XYBoxAnnotation(i - 0.16, row.boxLow(), i + 0.16, row.boxHigh(), null, null,
                        Palette.GREY), Layer.BACKGROUND);
            }
            if (row.low() != null && row.high() != null) {
                plot.addAnnotation(style.segment(i, row.low(), i, row.high(), ChartStyle.solid(1.6f), Palette.TEXT));
                plot.addAnnotation(style.segment(i - 0.12, row.low(), i + 0.12, row.low(), ChartStyle.solid(1.6f), Palette.TEXT));
                plot.addAnnotation(style.segment(i - 0.12, row.high(), i + 0.12, row.high(), ChartStyle.solid(1.6f), Palette.TEXT));
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
