package se.vinr.reports.tables;

import java.util.regex.Pattern;

import se.vinr.reports.text.PlainText;

/**
 * Text for a CSV or XLSX cell that a spreadsheet will not run as a formula: a cell beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '},
 * unless it is a genuine number such as {@code -12.5}.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        String clean = PlainText.xmlSafe(text);
        if (risky && !NUMBER.matcher(text).matches()) {
            return "'" + clean;
        }
        return clean;
    }
}
