package se.vinr.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Up to twelve panels in a grid, on one common scale set by whoever built them: three columns on a wide
 * chart, fewer on a narrow one so that each panel keeps a readable width.
 */
public final class SmallMultiples implements ChartBody {

    public static final int MAX_PANELS = 12;
    public static final int PANEL_HEIGHT = 170;
    /** The narrowest a panel may be: its axis, its first and last period and a line between them. */
    private static final double MIN_PANEL_WIDTH = 160;

    private final List<PeriodPlot> plots;
    private final List<String> names;

    public SmallMultiples(List<PeriodPlot> plots, List<String> names) {
        if (plots.size() > MAX_PANELS) {
            throw new IllegalArgumentException("at most " + MAX_PANELS + " panels, not " + plots.size());
        }
        if (plots.size() != names.size()) {
            throw new IllegalArgumentException(plots.size() + " panels but " + names.size() + " names");
        }
        this.plots = List.copyOf(plots);
        this.names = List.copyOf(names);
    }

    private int columns(double width) {
        int panels = plots.size();
        int columns = panels <= 3 ? Math.max(panels, 1) : panels == 4 ? 2 : 3;
        return Math.max(1, Math.min(columns, (int) (width / MIN_PANEL_WIDTH)));
    }

    private int rows(double width) {
        int columns = columns(width);
        return (plots.size() + columns - 1) / columns;
    }

    /** The designed chart height (frame included) at the wide width. */
    public int chartHeight() {
        return Chart.FRAME + PANEL_HEIGHT * rows(Chart.WIDTH - 14);
    }

    @Override
    public double height(double width, double designed) {
        return PANEL_HEIGHT * rows(width);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        int columns = columns(area.getWidth());
        int rows = rows(area.getWidth());
        double width = area.getWidth() / columns;
        double height = area.getHeight() / rows;
        for (int i = 0; i < plots.size(); i++) {
            double x = area.getX() + (i % columns) * width;
            double y = area.getY() + (i / columns) * height;
            plots.get(i).buildPanel(names.get(i), width, height).draw(g2, new Rectangle2D.Double(x, y, width, height));
        }
    }
}
