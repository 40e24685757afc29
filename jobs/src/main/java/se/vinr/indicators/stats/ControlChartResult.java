package se.vinr.indicators.stats;

import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.TrendFinding.ControlSignal;

/**
 * A control chart over a series.
 *
 * @param signal where the latest point lies against its limits
 * @param limits one entry per point passed in, in the same order: that point's limits, empty for a
 *               missing point or when the chart could not be drawn
 */
public record ControlChartResult(ControlSignal signal, List<Optional<ControlLimits>> limits) {

    public ControlChartResult {
        limits = List.copyOf(limits);
    }

    /** The limits of the latest point, which goal assurance judges. */
    public Optional<ControlLimits> latestLimits() {
        return limits.isEmpty() ? Optional.empty() : limits.get(limits.size() - 1);
    }
}
