package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.TrendFinding.Trend;

/** Expected p-values were recomputed independently with SciPy from the formulas in {@link TrendTest}. */
class TrendTestTest {

    private final TrendTest trends = new TrendTest(ConfidenceLevel.NINETY_FIVE);

    @Test
    void findsAClearlyIncreasingShare() {
        TrendResult result = trends.proportions(shares(200, 20, 26, 33, 38, 45));

        assertThat(result.trend()).isEqualTo(Trend.INCREASING);
        assertThat(result.pValue().getAsDouble()).isCloseTo(0.000168, within(0.000001));
        assertThat(result.unbrokenPoints()).isEqualTo(5);
    }

    @Test
    void findsAClearlyDecreasingShare() {
        assertThat(trends.proportions(shares(200, 60, 52, 47, 40, 33)).trend()).isEqualTo(Trend.DECREASING);
    }

    @Test
    void findsNoTrendInAFlatShare() {
        TrendResult result = trends.proportions(shares(200, 40, 44, 38, 42, 41));

        assertThat(result.trend()).isEqualTo(Trend.NO_TREND);
        assertThat(result.pValue().getAsDouble()).isGreaterThan(0.05);
    }

    @Test
    void findsAClearlyIncreasingRate() {
        TrendResult result = trends.rates(List.of(
                SeriesPoint.of(20, 10_000), SeriesPoint.of(26, 10_000), SeriesPoint.of(31, 10_000),
                SeriesPoint.of(38, 10_000), SeriesPoint.of(45, 10_000)));

        assertThat(result.trend()).isEqualTo(Trend.INCREASING);
        assertThat(result.pValue().getAsDouble()).isCloseTo(0.000528, within(0.000001));
    }

    @Test
    void findsNoTrendInAFlatCount() {
        TrendResult result = trends.rates(counts(30, 27, 33, 29, 31));

        assertThat(result.trend()).isEqualTo(Trend.NO_TREND);
        assertThat(result.pValue().getAsDouble()).isCloseTo(0.8174, within(0.0001));
    }

    /**
     * A zig-zag drifting upwards: the pure Poisson score test gives p = 0.0021, but the departure from
     * the line shows nine times the Poisson variation (φ = 9.67), and the F(1, 4) test on χ²/φ gives
     * p = 0.379.
     */
    @Test
    void doesNotCallOverdispersedNoiseATrend() {
        TrendResult result = trends.rates(counts(50, 100, 55, 105, 60, 110));

        assertThat(result.trend()).isEqualTo(Trend.NO_TREND);
        assertThat(result.pValue().getAsDouble()).isCloseTo(0.3789, within(0.0001));
    }

    @Test
    void needsFiveUnbrokenPoints() {
        TrendResult four = trends.rates(counts(10, 20, 30, 40));

        assertThat(four.trend()).isEqualTo(Trend.TOO_FEW_POINTS);
        assertThat(four.pValue()).isEmpty();
        assertThat(four.unbrokenPoints()).isEqualTo(4);
    }

    @Test
    void testsOnlyTheRunAfterTheLatestMissingPoint() {
        List<SeriesPoint> gap = List.of(
                SeriesPoint.ofCount(5), SeriesPoint.ofCount(10), SeriesPoint.missing(),
                SeriesPoint.ofCount(20), SeriesPoint.ofCount(30), SeriesPoint.ofCount(40), SeriesPoint.ofCount(50));

        assertThat(trends.rates(gap).trend()).isEqualTo(Trend.TOO_FEW_POINTS);
        assertThat(trends.rates(gap).unbrokenPoints()).isEqualTo(4);
    }

    @Test
    void treatsAShareWithoutDenominatorAsMissing() {
        List<SeriesPoint> points = List.of(
                SeriesPoint.of(20, 200), SeriesPoint.of(26, 200), SeriesPoint.of(33, 200),
                SeriesPoint.of(38, 200), SeriesPoint.of(0, 0));

        assertThat(trends.proportions(points).unbrokenPoints()).isZero();
    }

    @Test
    void reportsNoTrendWithoutVariation() {
        TrendResult result = trends.rates(counts(0, 0, 0, 0, 0));

        assertThat(result.trend()).isEqualTo(Trend.NO_TREND);
        assertThat(result.pValue()).isEmpty();
    }

    private static List<SeriesPoint> shares(long denominator, long... counts) {
        return Arrays.stream(counts).mapToObj(count -> SeriesPoint.of(count, denominator)).toList();
    }

    private static List<SeriesPoint> counts(long... counts) {
        return Arrays.stream(counts).mapToObj(SeriesPoint::ofCount).toList();
    }
}
