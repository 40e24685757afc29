package se.vinr.indicators.stats;

import se.vinr.reports.model.Comparison;

/**
 * Compares a value's confidence interval with a reference value (docs/contract.md#5a-indicators; the
 * Fingertips "compared with benchmark" rule): the value is higher when the reference lies below the
 * interval, lower when above it, similar when the interval contains it, limits included.
 */
public final class ReferenceComparison {

    private ReferenceComparison() {
    }

    /**
     * @param interval the value's interval, or null when it has none (suppressed, no denominator)
     * @param reference the reference value on the same scale, or null (or NaN) when there is none
     */
    public static Comparison compare(Interval interval, Double reference) {
        if (interval == null || reference == null || reference.isNaN()) {
            return Comparison.NOT_COMPARED;
        }
        if (reference < interval.low()) {
            return Comparison.HIGHER;
        }
        if (reference > interval.high()) {
            return Comparison.LOWER;
        }
        return Comparison.SIMILAR;
    }
}
