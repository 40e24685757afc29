package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.TrendFinding.ControlSignal;

class ControlChartTest {

    private final ControlChart charts = new ControlChart();

    /**
     * Baseline 20, 24, 18, 22 of 100: p̄ = 84/400 = 0.21, σ = √(0.21 · 0.79/100) = 0.040731, limits
     * 0.21 ± 0.122193 = 0.087807 and 0.332193.
     */
    @Test
    void flagsALatestShareAboveTheUpperLimit() {
        ControlChartResult chart = charts.pChart(shares(20, 24, 18, 22, 45));

        assertThat(chart.signal()).isEqualTo(ControlSignal.ABOVE_UPPER_LIMIT);
        ControlLimits limits = chart.latestLimits().orElseThrow();
        assertThat(limits.centre()).isCloseTo(0.21, within(1e-12));
        assertThat(limits.lower()).isCloseTo(0.087807, within(0.000001));
        assertThat(limits.upper()).isCloseTo(0.332193, within(0.000001));
    }

    @Test
    void seesCommonCauseVariationInAnOrdinaryLatestShare() {
        assertThat(charts.pChart(shares(20, 24, 18, 22, 25)).signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
    }

    @Test
    void showsAnEarlierOutlierOutsideItsOwnLimitsWithoutFlaggingTheLatest() {
        ControlChartResult chart = charts.pChart(shares(20, 24, 45, 18, 22));

        assertThat(chart.signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
        ControlLimits outlierLimits = chart.limits().get(2).orElseThrow();
        assertThat(outlierLimits.contains(0.45)).isFalse();
        assertThat(chart.limits()).hasSize(5);
    }

    /**
     * Baseline 30, 28, 32, 30 per 10,000: ū = 0.003, σ = √(0.003/10,000) = 0.00054772, limits
     * 0.0013568 and 0.0046432; the latest 8 per 10,000 (0.0008) lies below.
     */
    @Test
    void flagsALatestRateBelowTheLowerLimit() {
        ControlChartResult chart = charts.uChart(List.of(
                SeriesPoint.of(30, 10_000), SeriesPoint.of(28, 10_000), SeriesPoint.of(32, 10_000),
                SeriesPoint.of(30, 10_000), SeriesPoint.of(8, 10_000)));

        assertThat(chart.signal()).isEqualTo(ControlSignal.BELOW_LOWER_LIMIT);
        assertThat(chart.latestLimits().orElseThrow().lower()).isCloseTo(0.0013568, within(0.0000001));
        assertThat(chart.latestLimits().orElseThrow().upper()).isCloseTo(0.0046432, within(0.0000001));
    }

    @Test
    void widensTheLimitsForASmallerDenominator() {
        ControlChartResult chart = charts.pChart(List.of(
                SeriesPoint.of(20, 100), SeriesPoint.of(24, 100), SeriesPoint.of(18, 100),
                SeriesPoint.of(22, 100), SeriesPoint.of(5, 25)));

        ControlLimits small = chart.latestLimits().orElseThrow();
        ControlLimits large = chart.limits().get(0).orElseThrow();
        assertThat(small.upper() - small.lower()).isGreaterThan(large.upper() - large.lower());
    }

    @Test
    void skipsMissingPointsInTheBaseline() {
        ControlChartResult chart = charts.pChart(List.of(
                SeriesPoint.of(20, 100), SeriesPoint.missing(), SeriesPoint.of(24, 100), SeriesPoint.of(18, 100),
                SeriesPoint.of(22, 100), SeriesPoint.of(45, 100)));

        assertThat(chart.signal()).isEqualTo(ControlSignal.ABOVE_UPPER_LIMIT);
        assertThat(chart.limits().get(1)).isEmpty();
    }

    @Test
    void doesNotAssessAShortBaselineOrAMissingLatestPoint() {
        assertThat(charts.pChart(shares(20, 24, 18, 45)).signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        List<SeriesPoint> latestMissing = List.of(
                SeriesPoint.of(20, 100), SeriesPoint.of(24, 100), SeriesPoint.of(18, 100),
                SeriesPoint.of(22, 100), SeriesPoint.missing());
        ControlChartResult chart = charts.pChart(latestMissing);
        assertThat(chart.signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(chart.limits()).containsOnly(Optional.empty());
    }

    @Test
    void doesNotAssessADegenerateCentre() {
        assertThat(charts.uChart(List.of(SeriesPoint.ofCount(0), SeriesPoint.ofCount(0), SeriesPoint.ofCount(0),
                SeriesPoint.ofCount(0), SeriesPoint.ofCount(3))).signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
    }

    private static List<SeriesPoint> shares(long... counts) {
        return Arrays.stream(counts).mapToObj(count -> SeriesPoint.of(count, 100)).toList();
    }
}
