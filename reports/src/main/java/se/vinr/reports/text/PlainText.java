package se.vinr.reports.text;

/** Text from the input made safe to put in a document: no control characters, no broken surrogates. */
public final class PlainText {

    private PlainText() {
    }

    /** Removes what no XML document may hold (and what would let a text break a line in a table), and trims. */
    public static String clean(String text) {
        return xmlSafe(text).strip();
    }

    /** Removes what no XML document may hold; line breaks and tabs become spaces. */
    public static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c >= 0x20 && !(c >= 0x7F && c <= 0x9F)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Shortens a label that would not fit, marking the cut. */
    public static String shorten(String text, int maxChars) {
        String clean = clean(text);
        return clean.length() <= maxChars ? clean : clean.substring(0, Math.max(1, maxChars - 1)).strip() + "…";
    }
}
