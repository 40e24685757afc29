package se.vinr.indicators.stats;

import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.TrendFinding.ControlSignal;

/**
 * A control chart over a series.
 *
 * @param signal the verdict on the latest point (its variation)
 * @param limits one entry per point passed in, in the same order: that point's limits, empty for a point
 *               outside the latest unbroken run or when the chart could not be computed
 * @param variation one entry per point passed in: the MDC verdict on that point, {@code NOT_ASSESSED}
 *                  where it has no limits
 */
public record ControlChartResult(ControlSignal signal, List<Optional<ControlLimits>> limits,
                                 List<ControlSignal> variation) {

    public ControlChartResult {
        limits = List.copyOf(limits);
        variation = List.copyOf(variation);
        if (limits.size() != variation.size()) {
            throw new IllegalArgumentException("a control chart needs one verdict per point");
        }
    }

    /** The limits of the latest point, which goal assurance judges. */
    public Optional<ControlLimits> latestLimits() {
        return limits.isEmpty() ? Optional.empty() : limits.get(limits.size() - 1);
    }
}
