package se.vinr.plan;

/**
 * The value reported by hand for one manual indicator this period.
 *
 * @param value null for a {@code text} indicator answered by its comment alone
 */
public record ReportedValue(String indicatorId, Double value, String comment) {
}
