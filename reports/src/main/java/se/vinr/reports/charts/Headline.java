package se.vinr.reports.charts;

import java.util.Arrays;

/** A chart title states its finding in at most ten words. */
public final class Headline {

    public static final int MAX_WORDS = 10;

    private Headline() {
    }

    public static int words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** The first candidate short enough; the last one cut to ten words if none is. */
    public static String fit(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && words(candidate) <= MAX_WORDS) {
                return candidate;
            }
        }
        String[] words = candidates[candidates.length - 1].strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
}
