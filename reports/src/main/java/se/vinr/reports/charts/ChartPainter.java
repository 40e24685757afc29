package se.vinr.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Draws a chart with the report's one frame: title, subtitle, the plot, the note and the caption. */
public final class ChartPainter {

    private static final int MARGIN = 14;
    private static final int GAP = 4;

    private final Font titleFont;
    private final Font subtitleFont;
    private final Font captionFont;

    /** Dark orange on white: 6.6:1. */
    private static final Color MARK = new Color(0x8A3B00);

    private final String mark;

    /** @param mark drawn in the top right corner of every chart ("Demo – syntetiska data"), or empty */
    public ChartPainter(ReportFonts fonts, String mark) {
        this.mark = mark;
        this.titleFont = fonts.bold(17f);
        this.subtitleFont = fonts.regular(13f);
        this.captionFont = fonts.regular(12f);
    }

    public void paint(Chart chart, Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        double textWidth = chart.width() - 2.0 * MARGIN;

        double y = MARGIN;
        if (!mark.isEmpty()) {
            g2.setFont(subtitleFont);
            g2.setPaint(MARK);
            FontMetrics metrics = g2.getFontMetrics(subtitleFont);
            g2.drawString(mark, (float) (chart.width() - MARGIN - metrics.stringWidth(mark)), (float) (y + metrics.getAscent()));
            y += metrics.getHeight() + GAP;
        }
        y = drawLines(g2, wrap(chart.title(), titleFont, g2, textWidth), titleFont, Palette.TEXT, y);
        y = drawLines(g2, wrap(chart.subtitle(), subtitleFont, g2, textWidth), subtitleFont, Palette.MUTED_TEXT, y + GAP);

        List<String> footer = new ArrayList<>();
        if (!chart.note().isEmpty()) {
            footer.addAll(wrap(chart.note(), captionFont, g2, textWidth));
        }
        footer.addAll(wrap(chart.caption(), captionFont, g2, textWidth));
        FontMetrics captionMetrics = g2.getFontMetrics(captionFont);
        double footerHeight = footer.size() * captionMetrics.getHeight();
        double footerTop = chart.height() - MARGIN - footerHeight;

        Rectangle2D body = new Rectangle2D.Double(MARGIN / 2.0, y + GAP * 2, chart.width() - MARGIN,
                Math.max(60, footerTop - GAP * 2 - (y + GAP * 2)));
        chart.body().draw(g2, body);
        drawLines(g2, footer, captionFont, Palette.MUTED_TEXT, footerTop);
    }

    private double drawLines(Graphics2D g2, List<String> lines, Font font, Color color, double top) {
        g2.setFont(font);
        g2.setPaint(color);
        FontMetrics metrics = g2.getFontMetrics(font);
        double y = top;
        for (String line : lines) {
            g2.drawString(line, MARGIN, (float) (y + metrics.getAscent()));
            y += metrics.getHeight();
        }
        return y;
    }

    static List<String> wrap(String text, Font font, Graphics2D g2, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        FontMetrics metrics = g2.getFontMetrics(font);
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
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
