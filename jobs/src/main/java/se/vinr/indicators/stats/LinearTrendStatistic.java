package se.vinr.indicators.stats;

import java.util.List;
import java.util.Optional;

/**
 * The score statistic for a linear trend over equally spaced points and Armitage's partition of the
 * heterogeneity chi-squared into the trend (1 df) and the departure from it (k − 2 df).
 *
 * <p>Scores are t = 0, 1, …, k − 1. For proportions (Cochran–Armitage), with p̄ = Σx/Σn:
 * U = Σ t(x − n·p̄), V = p̄(1 − p̄)[Σ n·t² − (Σ n·t)²/Σn]. For Poisson counts with exposure n, with the
 * expected counts under no trend e = n·Σc/Σn: U = Σ t(c − e), V = Σ t²·e − (Σ t·e)²/Σe (the Poisson
 * analogue in the same paper, and Breslow &amp; Day vol. II, chapter 3). In both cases the trend
 * chi-squared is U²/V and the total is the Pearson chi-squared of homogeneity.
 *
 * @param direction U: positive for an increase
 * @param trendChiSquared U²/V
 * @param totalChiSquared the Pearson heterogeneity chi-squared, k − 1 df
 * @param points k
 */
record LinearTrendStatistic(double direction, double trendChiSquared, double totalChiSquared, int points) {

    /** For shares x/n; empty when there is no variation to test (every share 0 or every share 1). */
    static Optional<LinearTrendStatistic> forProportions(List<SeriesPoint> points) {
        double trials = 0;
        double successes = 0;
        for (SeriesPoint point : points) {
            if (point.count() > point.denominator()) {
                throw new IllegalArgumentException(
                        "a share's count " + point.count() + " exceeds its denominator " + point.denominator());
            }
            trials += point.denominator();
            successes += point.count();
        }
        double mean = successes / trials;
        if (successes == 0 || successes == trials) {
            return Optional.empty();
        }
        double score = 0;
        double weightedScores = 0;
        double weightedSquares = 0;
        double total = 0;
        for (int t = 0; t < points.size(); t++) {
            SeriesPoint point = points.get(t);
            double n = point.denominator();
            double deviation = point.count() - n * mean;
            score += t * deviation;
            weightedScores += n * t;
            weightedSquares += n * t * (double) t;
            total += deviation * deviation / (n * mean * (1 - mean));
        }
        double variance = mean * (1 - mean) * (weightedSquares - weightedScores * weightedScores / trials);
        return Optional.of(new LinearTrendStatistic(score, score * score / variance, total, points.size()));
    }

    /** For counts with exposures; empty when every count is 0. */
    static Optional<LinearTrendStatistic> forCounts(List<SeriesPoint> points) {
        double exposure = 0;
        double events = 0;
        for (SeriesPoint point : points) {
            exposure += point.denominator();
            events += point.count();
        }
        if (events == 0) {
            return Optional.empty();
        }
        double score = 0;
        double expectedScores = 0;
        double expectedSquares = 0;
        double total = 0;
        for (int t = 0; t < points.size(); t++) {
            SeriesPoint point = points.get(t);
            double expected = point.denominator() * events / exposure;
            double deviation = point.count() - expected;
            score += t * deviation;
            expectedScores += t * expected;
            expectedSquares += t * (double) t * expected;
            total += deviation * deviation / expected;
        }
        double variance = expectedSquares - expectedScores * expectedScores / events;
        return Optional.of(new LinearTrendStatistic(score, score * score / variance, total, points.size()));
    }

    /** The departure-from-linearity chi-squared per degree of freedom: the estimated dispersion. */
    double dispersion() {
        return Math.max(0, totalChiSquared - trendChiSquared) / (points - 2);
    }
}
