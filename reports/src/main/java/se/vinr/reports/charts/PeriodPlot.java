package se.vinr.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import se.vinr.reports.text.NumberText;

/**
 * A plot with half-years along the x axis. A missing or hidden value is a gap in its line, never a
 * zero; each line carries its name where it ends instead of a legend.
 */
public final class PeriodPlot {

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private record Line(String label, Color color, List<Double> values, boolean dashed) {
    }

    private record Interval(Color color, List<Double> low, List<Double> high) {
    }

    private record Segments(String label, Color color, List<Double> values, Stroke stroke) {
    }

    private record Points(Color color, List<Double> values, Shape shape) {
    }

    private record Marker(double value, String label, Color color) {
    }

    private record Hidden(Color color, List<Boolean> at) {
    }

    private final ChartStyle style;
    private final List<String> periods;
    private final NumberFormat format;
    private final String axisLabel;
    private final List<Line> lines = new ArrayList<>();
    private final List<Interval> intervals = new ArrayList<>();
    private final List<Segments> segments = new ArrayList<>();
    private final List<Points> points = new ArrayList<>();
    private final List<Marker> goals = new ArrayList<>();
    private final List<Hidden> hidden = new ArrayList<>();
    private final List<Integer> breakIndexes = new ArrayList<>();
    private String breakLabel = "";
    private Double upperLimit;
    private Double fixedUpper;
    private boolean sparseTicks;

    public PeriodPlot(ChartStyle style, List<String> periods, NumberFormat format, String axisLabel) {
        this.style = style;
        this.periods = List.copyOf(periods);
        this.format = format;
        this.axisLabel = axisLabel;
    }

    public PeriodPlot line(String label, Color color, List<Double> values) {
        lines.add(new Line(label, color, values, false));
        return this;
    }

    /** A comparison line (the national value, an expectation): dashed, thinner. */
    public PeriodPlot reference(String label, Color color, List<Double> values) {
        lines.add(new Line(label, color, values, true));
        return this;
    }

    /**
     * Marks the half-years whose value in a line is hidden with {@code ..} at the foot of the plot, in the
     * line's colour, so that its gap is read as hidden rather than as missing (the chart's note says what
     * {@code ..} means). Several lines' marks stack upwards in the order given.
     */
    public PeriodPlot hidden(Color color, List<Boolean> at) {
        if (at.contains(Boolean.TRUE)) {
            hidden.add(new Hidden(color, List.copyOf(at)));
        }
        return this;
    }

    public PeriodPlot intervals(Color color, List<Double> low, List<Double> high) {
        intervals.add(new Interval(color, low, high));
        return this;
    }

    /** A short level per period, e.g. a control limit that moves with the denominator. */
    public PeriodPlot segments(String label, Color color, List<Double> values, Stroke stroke) {
        segments.add(new Segments(label, color, values, stroke));
        return this;
    }

    public PeriodPlot highlight(Color color, List<Double> values) {
        points.add(new Points(color, values, ChartStyle.square(9)));
        return this;
    }

    public PeriodPlot goal(double value, String label) {
        goals.add(new Marker(value, label, Palette.BLACK));
        return this;
    }

    /** Marks a series break before each of these periods. */
    public PeriodPlot breaksBefore(List<String> firstPeriodsAfterBreak, String label) {
        for (String period : firstPeriodsAfterBreak) {
            int i = periods.indexOf(period);
            if (i > 0) {
                breakIndexes.add(i);
            }
        }
        this.breakLabel = label;
        return this;
    }

    /** Never let the axis go above this (100 for a percentage). */
    public PeriodPlot upperLimit(double limit) {
        this.upperLimit = limit;
        return this;
    }

    /** One scale for several panels. */
    public PeriodPlot fixedUpper(double upper) {
        this.fixedUpper = upper;
        return this;
    }

    /** Name only the first and last period: for narrow panels. */
    public PeriodPlot sparseTicks() {
        this.sparseTicks = true;
        return this;
    }

    /** The largest value drawn, to put several panels on one scale. */
    public double maxValue() {
        double max = 0;
        for (Line line : lines) {
            max = Math.max(max, max(line.values()));
        }
        for (Interval interval : intervals) {
            max = Math.max(max, max(interval.high()));
        }
        for (Segments s : segments) {
            max = Math.max(max, max(s.values()));
        }
        for (Marker goal : goals) {
            max = Math.max(max, goal.value());
        }
        return max;
    }

    private static double max(List<Double> values) {
        return values.stream().filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public JFreeChart build(double plotWidth, double plotHeight) {
        return style.chart(plot(plotWidth, plotHeight));
    }

    public JFreeChart buildPanel(String title, double plotWidth, double plotHeight) {
        return style.panel(plot(plotWidth, plotHeight), title);
    }

    private XYPlot plot(double plotWidth, double plotHeight) {
        double upper = fixedUpper != null ? fixedUpper : ChartStyle.niceCeiling(maxValue() * 1.08);
        if (upperLimit != null && fixedUpper == null) {
            upper = Math.min(upper, upperLimit);
        }
        NumberAxis yAxis = style.valueAxis(axisLabel, format, 0, upper);
        XYPlot plot = new XYPlot(null, null, yAxis, null);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.LIGHT_GREY);

        int dataset = 0;
        for (Line line : lines) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            renderer.setSeriesPaint(0, line.color());
            renderer.setSeriesStroke(0, line.dashed() ? ChartStyle.dashed(1.6f) : ChartStyle.solid(2.4f));
            renderer.setSeriesShape(0, ChartStyle.circle(line.dashed() ? 4 : 7));
            plot.setDataset(dataset, collection("line" + dataset, line.values()));
            plot.setRenderer(dataset++, renderer);
        }
        for (Points p : points) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
            renderer.setSeriesPaint(0, p.color());
            renderer.setSeriesShape(0, p.shape());
            plot.setDataset(dataset, collection("highlight" + dataset, p.values()));
            plot.setRenderer(dataset++, renderer);
        }
        for (Interval interval : intervals) {
            addIntervals(plot, interval);
        }
        for (Segments s : segments) {
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v != null && !v.isNaN()) {
                    plot.addAnnotation(style.segment(i - 0.42, v, i + 0.42, v, s.stroke(), s.color()));
                }
            }
        }
        double step = (upper) * 13.0 / Math.max(plotHeight, 60);
        for (int h = 0; h < hidden.size(); h++) {
            Hidden marks = hidden.get(h);
            for (int i = 0; i < marks.at().size(); i++) {
                if (marks.at().get(i)) {
                    plot.addAnnotation(style.text(NumberText.SUPPRESSED, i, step * (h + 0.6), marks.color(), TextAnchor.CENTER));
                }
            }
        }
        for (Marker goal : goals) {
            plot.addRangeMarker(style.goalMarker(goal.value(), goal.label(), goal.color(), ChartStyle.dashed(1.2f)),
                    Layer.BACKGROUND);
        }
        for (int i : breakIndexes) {
            ValueMarker marker = style.marker(i - 0.5, breakLabel, Palette.MUTED_TEXT, ChartStyle.dotted(1.4f), true);
            if (i < periods.size() / 2.0) {
                // Near the left edge the name goes right of the line, where it has room.
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        double room = addEndLabels(plot, upper, plotWidth, plotHeight);
        double span = Math.max(periods.size() - 1, 0) + 0.9 + room;
        List<String> symbols = new ArrayList<>(periods);
        if (sparseTicks && symbols.size() > 2) {
            for (int i = 1; i < symbols.size() - 1; i++) {
                symbols.set(i, "");
            }
        } else {
            thinOut(symbols, plotWidth / span);
        }
        SymbolAxis xAxis = style.periodAxis(symbols);
        xAxis.setRange(-0.45, span - 0.45);
        plot.setDomainAxis(xAxis);
        return plot;
    }

    /**
     * Names every k-th period, counting back from the latest, where all of them would not fit side by
     * side (a narrow chart): labels that overlap cannot be read. {@code perPeriod}: pixels between periods.
     */
    private void thinOut(List<String> symbols, double perPeriod) {
        Font font = style.tickFont();
        double widest = symbols.stream().mapToDouble(s -> font.getStringBounds(s, FRC).getWidth()).max().orElse(0);
        // The value axis's labels take about 50 of the plot's pixels; a name needs its width and a gap.
        int every = (int) Math.ceil((widest + 10) / Math.max(perPeriod * 0.9, 1));
        if (every <= 1) {
            return;
        }
        for (int i = 0; i < symbols.size(); i++) {
            if ((symbols.size() - 1 - i) % every != 0) {
                symbols.set(i, "");
            }
        }
    }

    /**
     * A series with a gap where a value is hidden (null) and at every series break: the renderer draws
     * no line to or from a missing point, so the line never bridges figures that may not be compared.
     */
    private XYSeriesCollection collection(String key, List<Double> values) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < values.size(); i++) {
            if (breakIndexes.contains(i)) {
                series.add(i - 0.5, null);
            }
            Double v = values.get(i);
            series.add(i, v == null || v.isNaN() ? null : v);
        }
        return new XYSeriesCollection(series);
    }

    private void addIntervals(XYPlot plot, Interval interval) {
        Stroke stroke = ChartStyle.solid(1.3f);
        for (int i = 0; i < interval.low().size() && i < interval.high().size(); i++) {
            Double lo = interval.low().get(i);
            Double hi = interval.high().get(i);
            if (lo == null || hi == null || lo.isNaN() || hi.isNaN()) {
                continue;
            }
            plot.addAnnotation(style.segment(i, lo, i, hi, stroke, interval.color()));
            plot.addAnnotation(style.segment(i - 0.07, lo, i + 0.07, lo, stroke, interval.color()));
            plot.addAnnotation(style.segment(i - 0.07, hi, i + 0.07, hi, stroke, interval.color()));
        }
    }

    private record EndLabel(String text, Color color, double x, double y) {
    }

    /** Names each line where it ends, nudged apart vertically; returns the x room the names need. */
    private double addEndLabels(XYPlot plot, double upper, double plotWidth, double plotHeight) {
        List<EndLabel> labels = new ArrayList<>();
        for (Line line : lines) {
            addEndLabel(labels, line.label(), line.color(), line.values(), 0.14);
        }
        for (Segments s : segments) {
            addEndLabel(labels, s.label(), s.color(), s.values(), 0.48);
        }
        if (labels.isEmpty()) {
            return 0;
        }
        Font font = style.annotationFont();
        // A name wider than a third of a narrow plot goes on two lines rather than off the chart's edge.
        double budget = Math.max(plotWidth - 60, 100) / 3;
        List<List<String>> texts = labels.stream().map(l -> font.getStringBounds(l.text(), FRC).getWidth() > budget
                ? ChartPainter.wrap(l.text(), font, budget) : List.of(l.text())).toList();
        double widest = texts.stream().flatMap(List::stream).mapToDouble(t -> font.getStringBounds(t, FRC).getWidth())
                .max().orElse(0);
        double gap = upper * 14.0 / Math.max(plotHeight, 60);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> labels.get(i).y()).reversed());
        double previous = Double.MAX_VALUE;
        for (int i : order) {
            EndLabel label = labels.get(i);
            List<String> lines = texts.get(i);
            // The top line's centre: a two-line name hangs from it.
            double y = Math.min(label.y() + gap * (lines.size() - 1) / 2, previous - gap);
            y = Math.max(y, gap * (lines.size() - 0.5));
            for (int line = 0; line < lines.size(); line++) {
                plot.addAnnotation(style.text(lines.get(line), label.x(), y - line * gap, label.color(), TextAnchor.CENTER_LEFT));
            }
            previous = y - (lines.size() - 1) * gap;
        }
        double units = Math.max(periods.size(), 1) - 0.1;
        double share = Math.min(widest / Math.max(plotWidth - 60, 100), 0.5);
        double offset = labels.stream().mapToDouble(EndLabel::x).max().orElse(0) - (periods.size() - 1);
        return units * share / (1 - share) + Math.max(offset, 0.15);
    }

    private static void addEndLabel(List<EndLabel> labels, String text, Color color, List<Double> values, double offset) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (int i = values.size() - 1; i >= 0; i--) {
            Double v = values.get(i);
            if (v != null && !v.isNaN()) {
                labels.add(new EndLabel(text, Palette.readable(color), i + offset, v));
                return;
            }
        }
    }
}
