package se.vinr.indicators;

import se.vinr.reports.model.Unit;

/**
 * One exact result row of an indicator query, before intervals and small-number protection; it may hold
 * counts 1–4 and must not be published as it is.
 *
 * @param numerator   a whole-number count; empty for {@code days}, whose value is not a quotient
 * @param denominator a whole-number count or population; empty for counts, and where no denominator
 *                    exists (population by sex not loaded, no headcount for the period)
 * @param value       set only where the value is not derived from numerator and denominator (a median)
 */
public record RawIndicatorRow(
        String indicator,
        String municipality,
        String period,
        String breakdown,
        Double numerator,
        Double denominator,
        Double value) {

    /**
     * The figure the row stands for: the count itself, 100·n/d for a percent, 10,000·n/d per 10,000, n/d
     * for a ratio, or the query's own value; null where the denominator is empty or 0.
     */
    public Double estimate(Unit unit) {
        if (value != null) {
            return value;
        }
        if (unit == Unit.COUNT) {
            return numerator;
        }
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return switch (unit) {
            case PERCENT -> 100 * numerator / denominator;
            case PER_10000 -> 10_000 * numerator / denominator;
            case RATIO -> numerator / denominator;
            case COUNT, DAYS -> null;
        };
    }
}
