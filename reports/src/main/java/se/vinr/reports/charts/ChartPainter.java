package se.vinr.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a chart with the report's one frame: the demo mark, title, subtitle, the plot, the note and
 * (for a chart that stands alone) the caption. The chart is as tall as its frame and body need at the
 * width it is drawn at, so a long caption or a wrapped title never runs into the plot.
 */
public final class ChartPainter {

    private static final int MARGIN = 14;
    private static final int GAP = 4;
    /** Text is measured as it is drawn: antialiased, with fractional metrics. */
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    /** Dark orange on white: 6.6:1. */
    private static final Color MARK = new Color(0x8A3B00);

    private final Font titleFont;
    private final Font subtitleFont;
    private final Font captionFont;
    private final String mark;

    /** @param mark drawn in the top right corner of every chart ("Demo – syntetiska data"), or empty */
    public ChartPainter(ReportFonts fonts, String mark) {
        this.mark = mark;
        this.titleFont = fonts.bold(17f);
        this.subtitleFont = fonts.regular(13f);
        this.captionFont = fonts.regular(12f);
    }

    /**
     * How a chart is laid out at one width.
     *
     * @param withCaption whether the source caption is drawn: a standalone file needs it, a chart in the
     *                    report has it in its figure caption already
     */
    private record Layout(double width, List<String> title, List<String> subtitle, List<String> footer, double bodyTop,
                          double bodyHeight, double footerTop, double height) {
    }

    private Layout layout(Chart chart, double width, boolean withCaption) {
        double textWidth = width - 2.0 * MARGIN;
        double y = MARGIN;
        if (!mark.isEmpty()) {
            y += lineHeight(subtitleFont) + GAP;
        }
        List<String> title = wrap(chart.title(), titleFont, textWidth);
        y += title.size() * lineHeight(titleFont) + GAP;
        List<String> subtitle = wrap(chart.subtitle(), subtitleFont, textWidth);
        y += subtitle.size() * lineHeight(subtitleFont);
        double bodyTop = y + GAP * 2;
        double bodyHeight = chart.body().height(width - MARGIN, chart.bodyHeight());
        List<String> footer = new ArrayList<>();
        if (!chart.note().isEmpty()) {
            footer.addAll(wrap(chart.note(), captionFont, textWidth));
        }
        if (withCaption) {
            footer.addAll(wrap(chart.caption(), captionFont, textWidth));
        }
        double footerTop = bodyTop + bodyHeight + GAP * 2;
        double height = footerTop + footer.size() * lineHeight(captionFont) + MARGIN;
        return new Layout(width, title, subtitle, footer, bodyTop, bodyHeight, footerTop, Math.ceil(height));
    }

    /** The chart's height at this width. */
    public int height(Chart chart, int width, boolean withCaption) {
        return (int) layout(chart, width, withCaption).height();
    }

    public void paint(Chart chart, Graphics2D g2, int width, boolean withCaption) {
        Layout layout = layout(chart, width, withCaption);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, width, layout.height()));

        double y = MARGIN;
        if (!mark.isEmpty()) {
            g2.setFont(subtitleFont);
            g2.setPaint(MARK);
            double markWidth = subtitleFont.getStringBounds(mark, FRC).getWidth();
            g2.drawString(mark, (float) (width - MARGIN - markWidth), (float) (y + ascent(subtitleFont)));
            y += lineHeight(subtitleFont) + GAP;
        }
        y = drawLines(g2, layout.title(), titleFont, Palette.TEXT, y);
        drawLines(g2, layout.subtitle(), subtitleFont, Palette.MUTED_TEXT, y + GAP);
        chart.body().draw(g2, new Rectangle2D.Double(MARGIN / 2.0, layout.bodyTop(), width - MARGIN, layout.bodyHeight()));
        drawLines(g2, layout.footer(), captionFont, Palette.MUTED_TEXT, layout.footerTop());
    }

    private double drawLines(Graphics2D g2, List<String> lines, Font font, Color color, double top) {
        g2.setFont(font);
        g2.setPaint(color);
        double y = top;
        for (String line : lines) {
            g2.drawString(line, MARGIN, (float) (y + ascent(font)));
            y += lineHeight(font);
        }
        return y;
    }

    private static double lineHeight(Font font) {
        LineMetrics metrics = font.getLineMetrics("Åg", FRC);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    private static double ascent(Font font) {
        return font.getLineMetrics("Åg", FRC).getAscent();
    }

    /** The text in lines no wider than {@code width}, broken between words only. */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringBounds(candidate, FRC).getWidth() > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
