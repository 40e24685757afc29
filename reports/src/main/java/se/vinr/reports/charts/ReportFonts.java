package se.vinr.reports.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), shipped inside this jar so charts and PDF look the same on any
 * machine, fonts installed or not. Licence: {@code se/vinr/reports/fonts/LICENSE-DejaVu.txt}.
 */
public final class ReportFonts {

    public static final String FAMILY = "DejaVu Sans";
    /**
     * What an HTML reader's browser falls back to when it lacks DejaVu. Unquoted (valid CSS for names of
     * plain words) because JFreeSVG writes it inside a single-quoted style attribute.
     */
    public static final String CSS_STACK = "DejaVu Sans, Bitstream Vera Sans, Verdana, Arial, sans-serif";

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;

    public ReportFonts() {
        this.regularBytes = read("DejaVuSans.ttf");
        this.boldBytes = read("DejaVuSans-Bold.ttf");
        this.regular = create(regularBytes);
        this.bold = create(boldBytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/se/vinr/reports/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the reports jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + name, e);
        }
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the embedded DejaVu font could not be loaded", e);
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        // BOLD on the bold face: SVG then says font-weight: bold, and Java adds no synthetic emboldening.
        return bold.deriveFont(Font.BOLD, size);
    }

    public InputStream regularStream() {
        return new ByteArrayInputStream(regularBytes);
    }

    public InputStream boldStream() {
        return new ByteArrayInputStream(boldBytes);
    }
}
