package se.vinr.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half-year, the unit every extract, load and report is made for: {@code 2026H1} or {@code 2026H2}. */
public record Period(int year, int half) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})H([12])");

    public Period {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
    }

    /** Parses {@code 2026H1}; throws {@link IllegalArgumentException} with a one-sentence reason otherwise. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "the period must look like 2026H1 or 2026H2 (year, H, half), not '" + text + "'");
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The half-year a date falls in. */
    public static Period of(LocalDate date) {
        return new Period(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    public Period previous() {
        return half == 2 ? new Period(year, 1) : new Period(year - 1, 2);
    }

    public Period next() {
        return half == 1 ? new Period(year, 2) : new Period(year + 1, 1);
    }

    /** The same half-year one year earlier. */
    public Period yearEarlier() {
        return new Period(year - 1, half);
    }

    /** Number of half-years from this period to {@code later} (0 when equal). */
    public int halvesUntil(Period later) {
        return (later.year - year) * 2 + (later.half - half);
    }

    /** The period that closed most recently before {@code today}. */
    public static Period lastClosedBefore(LocalDate today) {
        return of(today).previous();
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return year + "H" + half;
    }
}
