package se.vinr.indicators.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import se.vinr.reports.model.TrendFinding.ControlSignal;

/**
 * Statistical process control as NHS England's <i>Making Data Count</i> (MDC) programme prescribes it
 * (NHS England / NHS Improvement (2019), "Making data count: getting started" and "strengthening your
 * decisions"), on attribute charts whose limits vary with each point's denominator (Mohammed MA,
 * Worthington P, Woodall WH (2008), Qual Saf Health Care 17:137–145):
 * <ul>
 *   <li>p-chart for shares: p̄ = Σx/Σn, limits p̄ ± 3√(p̄(1 − p̄)/nᵢ), kept within [0, 1];</li>
 *   <li>u-chart for rates and counts: ū = Σc/Σn, limits ū ± 3√(ū/nᵢ), kept at or above 0 (with
 *       denominator 1 for a plain count this is the c-chart).</li>
 * </ul>
 *
 * <p><b>Run.</b> The chart covers the latest unbroken run only: the caller passes the points after the
 * latest series break, and a missing point (a half-year not loaded, or hidden) ends the run as a break
 * does, because the rules below read consecutive half-years.
 *
 * <p><b>Baseline.</b> The centre comes from every point of the run before the latest, so an unusual latest
 * point cannot widen its own limits, and at least {@link #MINIMUM_BASELINE} baseline points are required.
 * MDC advises 15–20 points, which for an XmR chart is what it takes to estimate the spread from moving
 * ranges. A p- or u-chart does not estimate its spread from the points (it follows from the binomial or
 * Poisson model given p̄ or ū), so the baseline only has to fix the centre; six half-years (three years)
 * fix it on some hundreds of events in this domain, while 15 half-years (seven and a half years) would
 * outlast every series between two rule changes. Fewer than six give no chart and no verdict.
 *
 * <p><b>Rules</b> (MDC), applied to every point of the run, the latest included:
 * <ol>
 *   <li>a point beyond a limit;</li>
 *   <li>a shift: {@link #RUN_LENGTH} or more consecutive points on the same side of the centre (a point
 *       on the centre ends the shift);</li>
 *   <li>a trend: {@link #RUN_LENGTH} or more consecutive points each higher (or each lower) than the one
 *       before;</li>
 *   <li>two of three consecutive points beyond two standard deviations on the same side.</li>
 * </ol>
 * Every point in a pattern is a special cause, on the pattern's side (an increasing trend is high). The
 * verdict is the latest point's. When nothing changes, the chance that the latest point is flagged is
 * about 2 % (0.27 % beyond 3σ, 2 × 0.5⁷ ≈ 1.6 % for a shift ending on it, about 0.3 % for two of three,
 * less for a trend), which the method section reports as the chart's false-alarm rate.
 */
public final class ControlChart {

    public static final int MINIMUM_BASELINE = 6;
    public static final int RUN_LENGTH = 7;

    private static final double SIGMAS = 3;
    private static final double NEAR = 2;

    /** One point's limits and its two-sigma band, for the "two of three near a limit" rule. */
    private record Band(ControlLimits limits, double nearLower, double nearUpper) {
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
        ControlChartResult none = new ControlChartResult(ControlSignal.NOT_ASSESSED,
                Collections.nCopies(points.size(), Optional.empty()),
                Collections.nCopies(points.size(), ControlSignal.NOT_ASSESSED));
        List<SeriesPoint> run = TrendTest.latestRun(points);
        if (run.size() - 1 < MINIMUM_BASELINE) {
            return none;
        }
        List<SeriesPoint> baseline = run.subList(0, run.size() - 1);
        double count = baseline.stream().mapToDouble(SeriesPoint::count).sum();
        double denominator = baseline.stream().mapToDouble(SeriesPoint::denominator).sum();
        double centre = count / denominator;
        // A centre of 0 (or 100 % for a share) has zero-width limits, so any other value would be a
        // "signal"; such a chart says nothing.
        if (centre == 0 || (proportion && centre == 1)) {
            return none;
        }
        List<Band> bands = run.stream().map(p -> band(centre, p.denominator(), proportion)).toList();
        List<Double> values = run.stream().map(SeriesPoint::value).toList();
        List<ControlSignal> runVariation = variation(values, bands);
        int offset = points.size() - run.size();
        List<Optional<ControlLimits>> limits = new ArrayList<>(none.limits());
        List<ControlSignal> variation = new ArrayList<>(none.variation());
        for (int i = 0; i < run.size(); i++) {
            limits.set(offset + i, Optional.of(bands.get(i).limits()));
            variation.set(offset + i, runVariation.get(i));
        }
        return new ControlChartResult(variation.get(variation.size() - 1), limits, variation);
    }

    private static Band band(double centre, double denominator, boolean proportion) {
        double sigma = Math.sqrt(proportion ? centre * (1 - centre) / denominator : centre / denominator);
        double upperBound = proportion ? 1 : Double.POSITIVE_INFINITY;
        ControlLimits limits = new ControlLimits(centre, Math.max(0, centre - SIGMAS * sigma),
                Math.min(upperBound, centre + SIGMAS * sigma));
        return new Band(limits, centre - NEAR * sigma, centre + NEAR * sigma);
    }

    /** The MDC verdict on every point of the run. */
    static List<ControlSignal> variation(List<Double> values, List<Band> bands) {
        int n = values.size();
        List<ControlSignal> marks = new ArrayList<>(Collections.nCopies(n, ControlSignal.COMMON_CAUSE));
        double centre = bands.get(0).limits().centre();
        // Shift: a run of points on one side of the centre.
        markRuns(marks, n, i -> Double.compare(values.get(i), centre));
        // Trend: points each higher (or each lower) than the one before; RUN_LENGTH points make
        // RUN_LENGTH - 1 steps in one direction.
        List<ControlSignal> trend = new ArrayList<>(Collections.nCopies(n, ControlSignal.COMMON_CAUSE));
        int from = 1;
        for (int i = 2; i <= n; i++) {
            int step = Double.compare(values.get(from), values.get(from - 1));
            if (i == n || Double.compare(values.get(i), values.get(i - 1)) != step) {
                if (step != 0 && i - from + 1 >= RUN_LENGTH) {
                    ControlSignal side = step > 0 ? ControlSignal.SPECIAL_CAUSE_HIGH : ControlSignal.SPECIAL_CAUSE_LOW;
                    for (int j = from - 1; j < i; j++) {
                        trend.set(j, side);
                    }
                }
                from = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (trend.get(i) != ControlSignal.COMMON_CAUSE) {
                marks.set(i, trend.get(i));
            }
        }
        // Two of three consecutive points beyond two sigma on the same side: both flagged.
        for (int i = 2; i < n; i++) {
            for (int side : new int[] {1, -1}) {
                List<Integer> near = new ArrayList<>();
                for (int j = i - 2; j <= i; j++) {
                    Band band = bands.get(j);
                    if (side > 0 ? values.get(j) > band.nearUpper() : values.get(j) < band.nearLower()) {
                        near.add(j);
                    }
                }
                if (near.size() >= 2) {
                    near.forEach(j -> marks.set(j, side > 0 ? ControlSignal.SPECIAL_CAUSE_HIGH : ControlSignal.SPECIAL_CAUSE_LOW));
                }
            }
        }
        // A point beyond a limit is a special cause on its own side, whatever pattern it is part of.
        for (int i = 0; i < n; i++) {
            ControlLimits limits = bands.get(i).limits();
            if (values.get(i) > limits.upper()) {
                marks.set(i, ControlSignal.SPECIAL_CAUSE_HIGH);
            } else if (values.get(i) < limits.lower()) {
                marks.set(i, ControlSignal.SPECIAL_CAUSE_LOW);
            }
        }
        return marks;
    }

    private static void markRuns(List<ControlSignal> marks, int n, java.util.function.IntUnaryOperator side) {
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || side.applyAsInt(i) != side.applyAsInt(start)) {
                int s = side.applyAsInt(start);
                if (i - start >= RUN_LENGTH && s != 0) {
                    for (int j = start; j < i; j++) {
                        marks.set(j, s > 0 ? ControlSignal.SPECIAL_CAUSE_HIGH : ControlSignal.SPECIAL_CAUSE_LOW);
                    }
                }
                start = i;
            }
        }
    }
}
