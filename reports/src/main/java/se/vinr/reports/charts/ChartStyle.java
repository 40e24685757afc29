package se.vinr.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The one look of every chart: DejaVu Sans, thin grey grid, Okabe–Ito colours, no legends. */
public final class ChartStyle {

    private final ReportFonts fonts;

    public ChartStyle(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public Font tickFont() {
        return fonts.regular(12f);
    }

    public Font labelFont() {
        return fonts.regular(12.5f);
    }

    public Font annotationFont() {
        return fonts.regular(12f);
    }

    public Font panelTitleFont() {
        return fonts.bold(12f);
    }

    /** A chart without title or legend: the frame draws the title, lines are labelled where they end. */
    public JFreeChart chart(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(labelFont());
        // Room on the right for half the last tick label, which is centred on the axis's end.
        plot.setInsets(new RectangleInsets(6, 4, 4, 16));
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlineStroke(solid(0.7f));
            xy.setDomainGridlineStroke(solid(0.7f));
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(solid(0.7f));
        }
        JFreeChart chart = new JFreeChart(null, labelFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** A small-multiple panel: its name as a left-aligned heading. */
    public JFreeChart panel(Plot plot, String title) {
        JFreeChart chart = chart(plot);
        TextTitle heading = new TextTitle(title, panelTitleFont());
        heading.setPaint(Palette.TEXT);
        heading.setHorizontalAlignment(HorizontalAlignment.LEFT);
        // A name on two lines starts both at the left edge, not centred within its block.
        heading.setTextAlignment(HorizontalAlignment.LEFT);
        heading.setPadding(2, 4, 2, 2);
        chart.setTitle(heading);
        return chart;
    }

    public NumberAxis valueAxis(String label, NumberFormat format, double lower, double upper) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setNumberFormatOverride(format);
        axis.setRange(lower, upper);
        axis.setAutoRange(false);
        double step = niceStep((upper - lower) / 6, format.getMaximumFractionDigits() == 0);
        axis.setTickUnit(new NumberTickUnit(step, format));
        return axis;
    }

    /** An axis of half-years at positions 0, 1, 2, …; a blank name leaves its tick unnamed. */
    public SymbolAxis periodAxis(List<String> periods) {
        SymbolAxis axis = new PeriodAxis(periods);
        style(axis);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        return axis;
    }

    public void style(ValueAxis axis) {
        axis.setLabelFont(labelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(Palette.MUTED_TEXT);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.GREY);
        axis.setTickMarkPaint(Palette.GREY);
    }

    public XYTextAnnotation text(String text, double x, double y, Color color, TextAnchor anchor) {
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
        annotation.setFont(annotationFont());
        annotation.setPaint(Palette.readable(color));
        annotation.setTextAnchor(anchor);
        return annotation;
    }

    public XYLineAnnotation segment(double x1, double y1, double x2, double y2, Stroke stroke, Color color) {
        return new XYLineAnnotation(x1, y1, x2, y2, stroke, color);
    }

    /** A labelled horizontal or vertical reference (a goal, the national value, a series break). */
    public ValueMarker marker(double value, String label, Color color, Stroke stroke, boolean labelAtTop) {
        ValueMarker marker = new ValueMarker(value, color, stroke);
        if (label != null && !label.isEmpty()) {
            marker.setLabel(label);
            marker.setLabelFont(annotationFont());
            marker.setLabelPaint(color.equals(Color.WHITE) ? Palette.TEXT : Palette.readable(color));
            marker.setLabelAnchor(labelAtTop ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(labelAtTop ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        }
        return marker;
    }

    /**
     * A horizontal goal line named just below it at the left: a goal at the top of the axis (100 %)
     * would have its name above the line cut off, and the lines end on the right where their names are.
     */
    public ValueMarker goalMarker(double value, String label, Color color, Stroke stroke) {
        ValueMarker marker = marker(value, label, color, stroke, false);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    public static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    public static Stroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3f}, 0f);
    }

    public static Shape circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    public static Shape square(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }

    /** A round upper bound for an axis: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
    public static double niceCeiling(double value) {
        return roundUp(value, new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10});
    }

    /** A round tick step: 1, 2, 2.5 or 5 times a power of ten; whole numbers only for whole-number axes. */
    public static double niceStep(double value, boolean whole) {
        double step = roundUp(value, whole && value < 10 ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10});
        return whole ? Math.max(1, step) : step;
    }

    private static double roundUp(double value, double[] steps) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : steps) {
            if (step * power >= value - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
