package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A horizontal log axis ticked at round numbers (1, 2, 5 × 10ⁿ) rather than at powers of its base. */
final class RoundLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private final transient NumberFormat format;

    RoundLogAxis(String label, NumberFormat format) {
        super(label);
        this.format = format;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double lower = getLowerBound();
        double upper = getUpperBound();
        List<NumberTick> ticks = ticks(lower, upper, new double[] {1, 2, 5});
        // A narrow chart has no room for three labels a decade ("10 000" is about 45 px): powers of ten only.
        if (dataArea.getWidth() / Math.max(ticks.size(), 1) < 60) {
            ticks = ticks(lower, upper, new double[] {1});
        }
        return ticks;
    }

    private List<NumberTick> ticks(double lower, double upper, double[] steps) {
        List<NumberTick> ticks = new ArrayList<>();
        for (double power = Math.pow(10, Math.floor(Math.log10(lower))); power <= upper; power *= 10) {
            for (double step : steps) {
                double value = step * power;
                if (value >= lower && value <= upper) {
                    ticks.add(new NumberTick(value, format.format(value), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
                }
            }
        }
        return ticks;
    }
}
