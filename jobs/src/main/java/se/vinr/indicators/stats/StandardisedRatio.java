package se.vinr.indicators.stats;

/**
 * An observed/expected ratio with its confidence interval (1.0 means as many as expected).
 *
 * @param observed the local count O
 * @param expected the count E expected from reference rates
 * @param ratio O / E
 * @param interval the interval of O divided by E
 */
public record StandardisedRatio(long observed, double expected, double ratio, Interval interval) {
}
