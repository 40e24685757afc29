package se.vinr.indicators.stats;

import java.util.OptionalDouble;

import se.vinr.reports.model.TrendFinding.Trend;

/**
 * The outcome of a {@link TrendTest}.
 *
 * @param trend the direction, when significant
 * @param pValue the two-sided p-value of the linear trend; empty when there was nothing to test
 *               (too few points, or no variation: all counts 0, or every share 0 % or 100 %)
 * @param unbrokenPoints how many consecutive points up to the latest were tested
 */
public record TrendResult(Trend trend, OptionalDouble pValue, int unbrokenPoints) {
}
