package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;

/** Up to twelve panels in a grid, drawn on one common scale by whoever built them. */
public final class SmallMultiples implements ChartBody {

    public static final int MAX_PANELS = 12;
    public static final int PANEL_HEIGHT = 170;

    private final List<JFreeChart> panels;

    public SmallMultiples(List<JFreeChart> panels) {
        if (panels.size() > MAX_PANELS) {
            throw new IllegalArgumentException("at most " + MAX_PANELS + " panels, not " + panels.size());
        }
        this.panels = List.copyOf(panels);
    }

    public static int columns(int panels) {
        return panels <= 3 ? Math.max(panels, 1) : panels == 4 ? 2 : 3;
    }

    public static int rows(int panels) {
        int columns = columns(panels);
        return (panels + columns - 1) / columns;
    }

    /** Chart height for this many panels, title and caption included. */
    public static int chartHeight(int panels) {
        return 150 + PANEL_HEIGHT * rows(panels);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        int columns = columns(panels.size());
        int rows = rows(panels.size());
        double width = area.getWidth() / columns;
        double height = area.getHeight() / rows;
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * width;
            double y = area.getY() + (i / columns) * height;
            panels.get(i).draw(g2, new Rectangle2D.Double(x, y, width, height));
        }
    }
}
