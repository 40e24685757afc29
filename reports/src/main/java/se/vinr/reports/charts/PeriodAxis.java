package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Half-years along a horizontal axis: a tick at every period, named where its name is not blank. The
 * plot decides which names fit ({@link PeriodPlot}); SymbolAxis's own overlap test measured each name
 * against the blank before it and so dropped names that had room, the latest period's among them.
 */
final class PeriodAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;

    PeriodAxis(List<String> periods) {
        super(null, periods.toArray(String[]::new));
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        String[] symbols = getSymbols();
        for (int i = 0; i < symbols.length; i++) {
            if (i >= getLowerBound() && i <= getUpperBound()) {
                ticks.add(new NumberTick(i, symbols[i], TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }
}
