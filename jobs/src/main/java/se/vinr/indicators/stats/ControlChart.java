package se.vinr.indicators.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.TrendFinding.ControlSignal;

/**
 * Shewhart control charts with 3-sigma limits that vary with each point's denominator (Mohammed MA,
 * Worthington P, Woodall WH (2008), "Plotting basic control charts: tutorial notes for healthcare
 * practitioners", Qual Saf Health Care 17:137–145):
 * <ul>
 *   <li>p-chart for shares: p̄ = Σx/Σn, limits p̄ ± 3√(p̄(1 − p̄)/nᵢ), kept within [0, 1];</li>
 *   <li>u-chart for rates and counts: ū = Σc/Σn, limits ū ± 3√(ū/nᵢ), kept at or above 0 (with
 *       denominator 1 for a plain count this is the c-chart).</li>
 * </ul>
 * The centre comes from the baseline: every usable point before the latest, so that an unusual latest
 * point cannot widen its own limits. At least {@link #DEFAULT_MINIMUM_BASELINE} baseline points are
 * required (far fewer than the 12–20 textbooks advise for monthly data, which half-years cannot give;
 * with a short baseline the limits are a rough guide). The caller passes the points after the latest
 * series break, oldest first, the last being the current half-year. Only the rule "a point outside the
 * limits" is applied: runs and trends are the {@link TrendTest}'s job.
 */
public final class ControlChart {

    public static final int DEFAULT_MINIMUM_BASELINE = 4;

    private static final double SIGMAS = 3;

    private final int minimumBaseline;

    public ControlChart() {
        this(DEFAULT_MINIMUM_BASELINE);
    }

    public ControlChart(int minimumBaseline) {
        if (minimumBaseline < 2) {
            throw new IllegalArgumentException("a control chart needs a baseline of at least 2 points, not " + minimumBaseline);
        }
        this.minimumBaseline = minimumBaseline;
    }

    /** p-chart for a share; each point's count must not exceed its denominator. */
    public ControlChartResult pChart(List<SeriesPoint> points) {
        for (SeriesPoint point : points) {
            if (point.count() > point.denominator()) {
                throw new IllegalArgumentException(
                        "a share's count " + point.count() + " exceeds its denominator " + point.denominator());
            }
        }
        return chart(points, true);
    }

    /** u-chart for a rate (count per population) or, with {@link SeriesPoint#ofCount}, a count. */
    public ControlChartResult uChart(List<SeriesPoint> points) {
        return chart(points, false);
    }

    private ControlChartResult chart(List<SeriesPoint> points, boolean proportion) {
        List<Optional<ControlLimits>> none = Collections.nCopies(points.size(), Optional.empty());
        if (points.isEmpty() || !points.get(points.size() - 1).usable()) {
            return new ControlChartResult(ControlSignal.NOT_ASSESSED, none);
        }
        List<SeriesPoint> baseline = points.subList(0, points.size() - 1).stream().filter(SeriesPoint::usable).toList();
        if (baseline.size() < minimumBaseline) {
            return new ControlChartResult(ControlSignal.NOT_ASSESSED, none);
        }
        double count = baseline.stream().mapToDouble(SeriesPoint::count).sum();
        double denominator = baseline.stream().mapToDouble(SeriesPoint::denominator).sum();
        double centre = count / denominator;
        // A centre of 0 (or 100 % for a share) has zero-width limits, so any other value would be a
        // "signal"; such a chart says nothing.
        if (centre == 0 || (proportion && centre == 1)) {
            return new ControlChartResult(ControlSignal.NOT_ASSESSED, none);
        }
        List<Optional<ControlLimits>> limits = new ArrayList<>(points.size());
        for (SeriesPoint point : points) {
            limits.add(point.usable() ? Optional.of(limits(centre, point.denominator(), proportion)) : Optional.empty());
        }
        SeriesPoint latest = points.get(points.size() - 1);
        ControlLimits latestLimits = limits.get(limits.size() - 1).orElseThrow();
        return new ControlChartResult(signal(latest.value(), latestLimits), limits);
    }

    private static ControlLimits limits(double centre, double denominator, boolean proportion) {
        double variance = proportion ? centre * (1 - centre) / denominator : centre / denominator;
        double spread = SIGMAS * Math.sqrt(variance);
        double upper = centre + spread;
        return new ControlLimits(centre, Math.max(0, centre - spread), proportion ? Math.min(1, upper) : upper);
    }

    private static ControlSignal signal(double value, ControlLimits limits) {
        if (value > limits.upper()) {
            return ControlSignal.ABOVE_UPPER_LIMIT;
        }
        if (value < limits.lower()) {
            return ControlSignal.BELOW_LOWER_LIMIT;
        }
        return ControlSignal.COMMON_CAUSE;
    }
}
