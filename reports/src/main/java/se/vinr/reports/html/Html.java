package se.vinr.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.reports.text.PlainText;

/**
 * What the templates need beyond jte's own escaping: escaping for markup made outside a template (the
 * chart's SVG element), and table-cell text split so that no word is broken inside (see {@code unbroken.jte}).
 */
public final class Html {

    private static final Pattern DASHED = Pattern.compile("[^\\s]*[-–/][^\\s]*");

    private Html() {
    }

    /** Escapes text for an element or a quoted attribute, after removing what XML cannot hold. */
    public static String escape(String text) {
        String clean = PlainText.xmlSafe(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A piece of a cell's text; a dashed one is kept on one line. */
    public record Piece(String text, boolean dashed) {
    }

    /**
     * Text cut so that every word holding a dash or a slash ("0–17", "2021-12-31", "hbtqi-personer") can
     * stay on one line: a browser may otherwise break a narrow table cell after the dash, in the middle of
     * the word. What XML cannot hold is removed.
     */
    public static List<Piece> pieces(String text) {
        String clean = PlainText.xmlSafe(text);
        List<Piece> pieces = new ArrayList<>();
        Matcher m = DASHED.matcher(clean);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(clean.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < clean.length()) {
            pieces.add(new Piece(clean.substring(at), false));
        }
        return pieces;
    }
}
