package se.vinr.indicators.stats;

/**
 * One half-year of a series as the tests need it: the count (numerator) and its denominator (the
 * trials of a share, the population of a rate, 1 for a plain count), or a missing point (not reported,
 * or outside the data). Pass exact warehouse values: suppression applies to what is published, not to
 * what is tested.
 *
 * @param available false for a missing point, whose count and denominator are then 0
 */
public record SeriesPoint(long count, double denominator, boolean available) {

    public SeriesPoint {
        if (available && (count < 0 || denominator < 0 || !Double.isFinite(denominator))) {
            throw new IllegalArgumentException(
                    "a series point needs a count >= 0 and a finite denominator >= 0, not " + count + " / " + denominator);
        }
        if (!available && (count != 0 || denominator != 0)) {
            throw new IllegalArgumentException("a missing series point carries no count or denominator");
        }
    }

    /** A share's or a rate's point. */
    public static SeriesPoint of(long count, double denominator) {
        return new SeriesPoint(count, denominator, true);
    }

    /** A plain count's point (exposure 1 per half-year). */
    public static SeriesPoint ofCount(long count) {
        return new SeriesPoint(count, 1, true);
    }

    public static SeriesPoint missing() {
        return new SeriesPoint(0, 0, false);
    }

    /** Whether the point has a value: it is available and its denominator is positive. */
    public boolean usable() {
        return available && denominator > 0;
    }

    /** count / denominator; only meaningful for a usable point. */
    public double value() {
        return count / denominator;
    }
}
