package se.vinr.reports.html;

import se.vinr.reports.text.PlainText;

/**
 * A small writer for the report's XHTML: every text and attribute value goes through {@link #escape},
 * so nothing from the input (unit names, comments, activity texts) can become markup.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

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

    /** Opens a tag; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A void element, written the XML way so the document parses as XHTML too. */
    public Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    public Html element(String tag, String text, String... attributes) {
        open(tag, attributes);
        if (tag.equals("td") || tag.equals("th")) {
            unbroken(text);
        } else {
            text(text);
        }
        return close(tag);
    }

    /** {@link #unbroken} as escaped markup, for a template's raw output. */
    public static String unbrokenMarkup(String text) {
        return new Html().unbroken(text).toString();
    }

    /**
     * Text in which every word holding a dash or a slash ("0–17", "2021-12-31", "hbtqi-personer") stays on
     * one line: a browser may otherwise break a narrow table cell after the dash, in the middle of the word.
     */
    public Html unbroken(String text) {
        String clean = text == null ? "" : text;
        java.util.regex.Matcher m = DASHED.matcher(clean);
        int at = 0;
        while (m.find()) {
            text(clean.substring(at, m.start()));
            out.append("<span class=\"nowrap\">").append(escape(m.group())).append("</span>");
            at = m.end();
        }
        return text(clean.substring(at));
    }

    private static final java.util.regex.Pattern DASHED = java.util.regex.Pattern.compile("[^\\s]*[-–/][^\\s]*");

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made here (or by JFreeSVG, which escapes its own text); never input text. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
