package se.vinr.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars with their values written at the end. A hidden value has no bar; its category
 * name carries the {@code ..} instead, so a gap is never read as zero.
 */
final class BarPlot {

    static final int ROW_HEIGHT = 30;

    private final ChartStyle style;

    BarPlot(ChartStyle style) {
        this.style = style;
    }

    /** One series of counts, one bar per category. */
    JFreeChart bars(DefaultCategoryDataset dataset, Color colour, NumberFormat format, String axisLabel, double upper) {
        BarRenderer renderer = new BarRenderer();
        styleRenderer(renderer, format);
        renderer.setSeriesPaint(0, colour);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return style.chart(plot(dataset, renderer, format, axisLabel, 0, upper));
    }

    /**
     * A population pyramid: the first series drawn to the left (as negative values, labelled without
     * a sign), the second to the right.
     */
    JFreeChart pyramid(DefaultCategoryDataset dataset, List<Color> colours, NumberFormat format, String axisLabel,
                       double extent) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        NumberFormat unsigned = unsigned(format);
        styleRenderer(renderer, unsigned);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        return style.chart(plot(dataset, renderer, unsigned, axisLabel, -extent, extent));
    }

    /**
     * A pyramid with a second shape drawn over it as a dashed black line per side, a tick at each band
     * (a gap where the outline has no value), e.g. the number expected from the population.
     */
    JFreeChart pyramid(DefaultCategoryDataset dataset, List<Color> colours, NumberFormat format, String axisLabel,
                       double extent, DefaultCategoryDataset outline) {
        JFreeChart chart = pyramid(dataset, colours, format, axisLabel, extent);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < outline.getRowCount(); i++) {
            line.setSeriesPaint(i, Palette.BLACK);
            line.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 3f}, 0f));
            line.setSeriesShape(i, new Rectangle2D.Double(-1, -8, 2, 16));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setDataset(1, outline);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart;
    }

    /** The format without a minus sign: both halves of a pyramid count upwards from the middle. */
    private static NumberFormat unsigned(NumberFormat format) {
        DecimalFormat unsigned = (DecimalFormat) format.clone();
        unsigned.setNegativePrefix("");
        return unsigned;
    }

    private void styleRenderer(BarRenderer renderer, NumberFormat format) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelFont(style.annotationFont());
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
    }

    private CategoryPlot plot(DefaultCategoryDataset dataset, BarRenderer renderer, NumberFormat format, String axisLabel,
                              double lower, double upper) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(style.tickFont());
        categories.setTickLabelPaint(Palette.TEXT);
        categories.setAxisLinePaint(Palette.GREY);
        categories.setCategoryMargin(0.25);
        // A name wraps onto up to three lines in up to 45 % of the width rather than being cut ("Ekonomis...").
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(3);
        NumberAxis values = style.valueAxis(axisLabel, format, lower, upper);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Palette.LIGHT_GREY);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }
}
