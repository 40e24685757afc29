package se.vinr.publish.protection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides small row counts in the data tests' messages before the report shows them ("enheten 'IFO barn'
 * hade 3 rader" tells how many risk assessments a unit made): a count of rows from 1 to the threshold
 * minus one becomes "färre än 5 rader", as small-number protection hides a count.
 */
public final class SmallRowCounts {

    /** "12 rader", and the earlier count of the volume check, "mot 12 för 2024H2". */
    private static final Pattern ROWS = Pattern.compile("(?<![\\d.,])(\\d+)( rader\\b)|(\\bmot )(\\d+)( för\\b)");

    private final int threshold;

    public SmallRowCounts(int threshold) {
        this.threshold = threshold;
    }

    public String hide(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = ROWS.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean rows = m.group(1) != null;
            long count = Long.parseLong(rows ? m.group(1) : m.group(4));
            String hidden = "färre än " + threshold;
            String replacement = count < 1 || count >= threshold ? m.group()
                    : rows ? hidden + m.group(2) : m.group(3) + hidden + m.group(5);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
