package se.vinr.indicators.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

import se.vinr.reports.model.TrendFinding.Trend;

/**
 * A test for a linear trend over the latest unbroken run of half-years.
 *
 * <p>The caller passes the points after the latest series break, oldest first, the last being the
 * current half-year. The test uses the run of consecutive usable points that ends with the current
 * one; a missing point (or a zero denominator) ends the run, because the tests assume equally spaced
 * points. Fewer than {@link #MINIMUM_POINTS} points give {@link Trend#TOO_FEW_POINTS}.
 *
 * <ul>
 *   <li>Shares: the chi-squared test for linear trend in proportions, Cochran WG (1954), "Some methods
 *       for strengthening the common χ² tests", Biometrics 10:417–451; Armitage P (1955), "Tests for
 *       linear trends in proportions and frequencies", Biometrics 11:375–386.</li>
 *   <li>Counts and rates: the Poisson score test for a log-linear trend in the rate with the
 *       population as exposure (Armitage 1955; Breslow NE, Day NE (1987), Statistical Methods in Cancer
 *       Research, vol. II, IARC, chapter 3). Plain counts use exposure 1.</li>
 * </ul>
 *
 * <p>Half-yearly social-services figures usually vary more than binomial or Poisson chance allows
 * (staffing, seasons, reorganisations), and a pure score test would then call noise a trend. So the
 * departure from linearity (Armitage's partition, k − 2 df) estimates the dispersion φ; when φ &gt; 1 the
 * trend statistic is divided by φ and referred to F(1, k − 2), the quasi-likelihood test of McCullagh P,
 * Nelder JA (1989), Generalized Linear Models, 2nd ed.; otherwise to χ²(1). The trend is reported when
 * p &lt; α of the confidence level (0.05 by default).
 */
public final class TrendTest {

    public static final int MINIMUM_POINTS = 5;

    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);

    private final ConfidenceLevel level;

    public TrendTest(ConfidenceLevel level) {
        this.level = level;
    }

    /** Trend in a share: each point's count of its denominator. */
    public TrendResult proportions(List<SeriesPoint> points) {
        return test(points, LinearTrendStatistic::forProportions);
    }

    /** Trend in a rate (count per population) or, with {@link SeriesPoint#ofCount}, in a count. */
    public TrendResult rates(List<SeriesPoint> points) {
        return test(points, LinearTrendStatistic::forCounts);
    }

    private TrendResult test(List<SeriesPoint> points, Function<List<SeriesPoint>, Optional<LinearTrendStatistic>> statistic) {
        List<SeriesPoint> run = latestRun(points);
        if (run.size() < MINIMUM_POINTS) {
            return new TrendResult(Trend.TOO_FEW_POINTS, OptionalDouble.empty(), run.size());
        }
        Optional<LinearTrendStatistic> tested = statistic.apply(run);
        if (tested.isEmpty()) {
            return new TrendResult(Trend.NO_TREND, OptionalDouble.empty(), run.size());
        }
        LinearTrendStatistic trend = tested.get();
        double p = pValue(trend);
        Trend direction = p >= level.alpha() ? Trend.NO_TREND
                : trend.direction() > 0 ? Trend.INCREASING : Trend.DECREASING;
        return new TrendResult(direction, OptionalDouble.of(p), run.size());
    }

    private static double pValue(LinearTrendStatistic trend) {
        double dispersion = trend.dispersion();
        if (dispersion > 1) {
            return FDistribution.of(1, trend.points() - 2.0).survivalProbability(trend.trendChiSquared() / dispersion);
        }
        return ONE_DEGREE.survivalProbability(trend.trendChiSquared());
    }

    /** The consecutive usable points that end with the last point; empty when the last is unusable. */
    static List<SeriesPoint> latestRun(List<SeriesPoint> points) {
        int start = points.size();
        while (start > 0 && points.get(start - 1).usable()) {
            start--;
        }
        return List.copyOf(points.subList(start, points.size()));
    }
}
