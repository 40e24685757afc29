package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinearTrendStatisticTest {

    /**
     * The example of R's {@code prop.trend.test} help page (smokers 83, 90, 129, 70 of patients 86, 93,
     * 136, 82), whose documented output is X-squared = 8.2249 on 1 df, p = 0.004132.
     */
    @Test
    void reproducesThePublishedChiSquaredForTrendInProportions() {
        List<SeriesPoint> smokers = List.of(
                SeriesPoint.of(83, 86), SeriesPoint.of(90, 93), SeriesPoint.of(129, 136), SeriesPoint.of(70, 82));

        LinearTrendStatistic statistic = LinearTrendStatistic.forProportions(smokers).orElseThrow();

        assertThat(statistic.trendChiSquared()).isCloseTo(8.2249, within(0.00005));
        assertThat(statistic.direction()).isNegative();
    }

    /**
     * Worked by hand: counts 10, 20, 30 with equal exposure have expected 20 each, so U = 0·(−10) +
     * 1·0 + 2·10 = 20, V = (0 + 20 + 80) − (0 + 20 + 40)²/60 = 40, trend χ² = 400/40 = 10, and the
     * heterogeneity χ² (100 + 0 + 100)/20 = 10 is all trend.
     */
    @Test
    void computesThePoissonScoreStatisticAndItsPartition() {
        LinearTrendStatistic statistic = LinearTrendStatistic.forCounts(
                List.of(SeriesPoint.ofCount(10), SeriesPoint.ofCount(20), SeriesPoint.ofCount(30))).orElseThrow();

        assertThat(statistic.direction()).isCloseTo(20, within(1e-9));
        assertThat(statistic.trendChiSquared()).isCloseTo(10, within(1e-9));
        assertThat(statistic.totalChiSquared()).isCloseTo(10, within(1e-9));
        assertThat(statistic.dispersion()).isCloseTo(0, within(1e-9));
    }

    @Test
    void seesNoTrendInAConstantRateOverAGrowingPopulation() {
        LinearTrendStatistic statistic = LinearTrendStatistic.forCounts(List.of(
                SeriesPoint.of(20, 10_000), SeriesPoint.of(22, 11_000), SeriesPoint.of(24, 12_000))).orElseThrow();

        assertThat(statistic.trendChiSquared()).isCloseTo(0, within(1e-9));
    }

    @Test
    void hasNothingToTestWithoutVariation() {
        assertThat(LinearTrendStatistic.forCounts(List.of(SeriesPoint.ofCount(0), SeriesPoint.ofCount(0)))).isEmpty();
        assertThat(LinearTrendStatistic.forProportions(List.of(SeriesPoint.of(4, 4), SeriesPoint.of(9, 9)))).isEmpty();
    }
}
