package se.vinr.reports.charts;

import java.awt.Color;
import java.util.List;

import se.vinr.reports.facts.Assessment;

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Every colour that
 * carries meaning is also said in words or by shape somewhere near it.
 */
public final class Palette {

    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color BLACK = new Color(0x000000);

    public static final Color GREY = new Color(0x999999);
    public static final Color LIGHT_GREY = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED_TEXT = new Color(0x555555);

    /** Series colours in the order they are handed out. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, BLACK);

    /** Colours for further lines in a chart whose reference lines already use black, orange and purple. */
    public static final List<Color> EXTRA = List.of(BLUISH_GREEN, SKY_BLUE, VERMILLION);

    private Palette() {
    }

    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    public static Color of(Assessment assessment) {
        return switch (assessment) {
            case BETTER -> BLUE;
            case WORSE -> VERMILLION;
            case HIGHER, LOWER -> REDDISH_PURPLE;
            case SIMILAR -> GREY;
            case NOT_COMPARED -> Color.WHITE;
        };
    }

    public static String hex(Color color) {
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    /**
     * The colour darkened just enough for text on white to reach WCAG's 4.5:1 (orange and sky blue are
     * about 2.3:1 as they are); the hue stays, so a label still matches its line.
     */
    public static Color readable(Color color) {
        Color c = color;
        for (int i = 0; i < 40 && contrastOnWhite(c) < 4.6; i++) {
            c = new Color((int) (c.getRed() * 0.9), (int) (c.getGreen() * 0.9), (int) (c.getBlue() * 0.9));
        }
        return c;
    }

    /** WCAG 2 contrast ratio of a colour against white. */
    public static double contrastOnWhite(Color c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
