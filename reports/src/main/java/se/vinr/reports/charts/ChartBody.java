package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What is drawn between a chart's title block and its caption: one plot, or a grid of them. */
@FunctionalInterface
public interface ChartBody {

    void draw(Graphics2D g2, Rectangle2D area);
}
