package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What is drawn between a chart's title block and its caption: one plot, or a grid of them. */
@FunctionalInterface
public interface ChartBody {

    void draw(Graphics2D g2, Rectangle2D area);

    /**
     * The height this body needs at a width: a body whose rows wrap their labels or whose panels
     * regroup into fewer columns grows on a narrow chart; others keep the height their chart was
     * designed with.
     */
    default double height(double width, double designed) {
        return designed;
    }
}
