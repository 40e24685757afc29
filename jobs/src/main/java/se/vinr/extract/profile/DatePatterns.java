package se.vinr.extract.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Turns a profile's {@code date_pattern} into a strict formatter, so that impossible dates such as
 * 2026-02-30 are rejected instead of being quietly moved to the end of the month.
 */
public final class DatePatterns {

    public static final String DEFAULT = "yyyy-MM-dd";

    private DatePatterns() {
    }

    /**
     * A strict formatter for {@code pattern} (the letters of {@link DateTimeFormatter}). Analysts write
     * {@code yyyy}, which the strict resolver would only accept together with an era, so the year letter
     * {@code y} is read as {@code u} (the proleptic year: the same for every date in question).
     *
     * @throws IllegalArgumentException when the pattern is invalid, does not give year, month and day, or
     *                                  uses day-of-year {@code D}
     */
    public static DateTimeFormatter strictFormatter(String pattern) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(withProlepticYear(pattern),
                Locale.forLanguageTag("sv-SE")).withResolverStyle(ResolverStyle.STRICT);
        // A date-time, so that a pattern with a time of day (an export's "2026-03-15 00:00:00") passes.
        LocalDateTime probe = LocalDateTime.of(2026, 11, 28, 13, 45, 30);
        try {
            if (!LocalDate.parse(formatter.format(probe), formatter).equals(probe.toLocalDate())) {
                throw new IllegalArgumentException("pattern does not give a whole date: " + pattern);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("pattern does not give a whole date: " + pattern, e);
        }
        return formatter;
    }

    private static String withProlepticYear(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean literal = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                literal = !literal;
            } else if (!literal && c == 'D') {
                // Day-of-year, almost always meant as day-of-month; it would reject every date after January.
                throw new IllegalArgumentException("day-of-year D in a date pattern: " + pattern);
            }
            out.append(!literal && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}
