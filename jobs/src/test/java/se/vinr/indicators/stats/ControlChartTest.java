package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.TrendFinding.ControlSignal;

class ControlChartTest {

    private final ControlChart charts = new ControlChart();

    /**
     * Baseline 20, 24, 18, 22, 21, 21 of 100: p̄ = 126/600 = 0.21, σ = √(0.21 · 0.79/100) = 0.040731, limits
     * 0.21 ± 0.122193 = 0.087807 and 0.332193.
     */
    @Test
    void flagsALatestShareAboveTheUpperLimit() {
        ControlChartResult chart = charts.pChart(shares(20, 24, 18, 22, 21, 21, 45));

        assertThat(chart.signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        ControlLimits limits = chart.latestLimits().orElseThrow();
        assertThat(limits.centre()).isCloseTo(0.21, within(1e-12));
        assertThat(limits.lower()).isCloseTo(0.087807, within(0.000001));
        assertThat(limits.upper()).isCloseTo(0.332193, within(0.000001));
        assertThat(chart.variation()).containsExactly(ControlSignal.COMMON_CAUSE, ControlSignal.COMMON_CAUSE,
                ControlSignal.COMMON_CAUSE, ControlSignal.COMMON_CAUSE, ControlSignal.COMMON_CAUSE,
                ControlSignal.COMMON_CAUSE, ControlSignal.SPECIAL_CAUSE_HIGH);
    }

    @Test
    void seesCommonCauseVariationInAnOrdinaryLatestShare() {
        assertThat(charts.pChart(shares(20, 24, 18, 22, 21, 19, 25)).signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
    }

    @Test
    void marksAnEarlierOutlierWithoutFlaggingTheLatest() {
        ControlChartResult chart = charts.pChart(shares(20, 24, 45, 18, 22, 21, 20));

        assertThat(chart.signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
        assertThat(chart.variation().get(2)).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        assertThat(chart.limits()).hasSize(7);
    }

    /** Seven points above the centre are a shift (MDC), though none lies beyond a limit. */
    @Test
    void flagsARunOfSevenOnOneSideOfTheCentre() {
        ControlChartResult chart = charts.uChart(counts(40, 40, 40, 40, 40, 40, 44, 45, 43, 44, 46, 44, 45));

        assertThat(chart.signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        assertThat(chart.latestLimits().orElseThrow().contains(45)).isTrue();
        assertThat(chart.variation().subList(6, 13)).containsOnly(ControlSignal.SPECIAL_CAUSE_HIGH);
        assertThat(chart.variation().subList(0, 6)).containsOnly(ControlSignal.COMMON_CAUSE);
    }

    @Test
    void aRunOfSixIsNotAShift() {
        ControlChartResult chart = charts.uChart(counts(40, 38, 42, 40, 39, 41, 40, 44, 45, 43, 44, 46, 44));

        assertThat(chart.signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
    }

    /** Seven points each lower than the one before are a trend, high or low by its direction. */
    @Test
    void flagsATrendOfSevenFallingPoints() {
        ControlChartResult chart = charts.uChart(counts(50, 46, 54, 50, 48, 52, 56, 55, 54, 53, 52, 51, 50));

        assertThat(chart.variation().subList(6, 13)).containsOnly(ControlSignal.SPECIAL_CAUSE_LOW);
        assertThat(chart.signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_LOW);
    }

    /** ū ≈ 103, σ ≈ 10: 2σ is about 123 and 3σ 134; two of three above 2σ are a special cause, one is not. */
    @Test
    void flagsTwoOfThreePointsNearTheUpperLimit() {
        ControlChartResult two = charts.uChart(counts(100, 95, 105, 100, 98, 102, 125, 100, 126));
        ControlChartResult one = charts.uChart(counts(100, 95, 105, 100, 98, 102, 100, 100, 126));

        assertThat(two.signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        assertThat(two.variation().get(6)).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        assertThat(two.variation().get(7)).isEqualTo(ControlSignal.COMMON_CAUSE);
        assertThat(one.signal()).isEqualTo(ControlSignal.COMMON_CAUSE);
    }

    /**
     * Baseline of six at 30 per 10,000: ū = 0.003, σ = √(0.003/10,000) = 0.00054772, limits 0.0013568 and
     * 0.0046432; the latest 8 per 10,000 (0.0008) lies below.
     */
    @Test
    void flagsALatestRateBelowTheLowerLimit() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(SeriesPoint.of(30, 10_000));
        }
        points.add(SeriesPoint.of(8, 10_000));
        ControlChartResult chart = charts.uChart(points);

        assertThat(chart.signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_LOW);
        assertThat(chart.latestLimits().orElseThrow().lower()).isCloseTo(0.0013568, within(0.0000001));
        assertThat(chart.latestLimits().orElseThrow().upper()).isCloseTo(0.0046432, within(0.0000001));
    }

    @Test
    void widensTheLimitsForASmallerDenominator() {
        ControlChartResult chart = charts.pChart(List.of(
                SeriesPoint.of(20, 100), SeriesPoint.of(24, 100), SeriesPoint.of(18, 100), SeriesPoint.of(22, 100),
                SeriesPoint.of(20, 100), SeriesPoint.of(22, 100), SeriesPoint.of(5, 25)));

        ControlLimits small = chart.latestLimits().orElseThrow();
        ControlLimits large = chart.limits().get(0).orElseThrow();
        assertThat(small.upper() - small.lower()).isGreaterThan(large.upper() - large.lower());
    }

    /** A gap (a half-year not loaded, or hidden) ends the run as a break does: no limits before it. */
    @Test
    void aGapEndsTheRunSoOnlyPointsAfterItHaveLimits() {
        List<SeriesPoint> points = new ArrayList<>(shares(20, 24, 18, 22, 21, 19));
        points.add(SeriesPoint.missing());
        points.addAll(shares(20, 24, 18, 22, 21, 19, 23));

        ControlChartResult chart = charts.pChart(points);

        assertThat(chart.limits().subList(0, 7)).containsOnly(Optional.empty());
        assertThat(chart.limits().subList(7, 14)).allMatch(Optional::isPresent);
        assertThat(chart.variation().subList(0, 7)).containsOnly(ControlSignal.NOT_ASSESSED);
    }

    @Test
    void aGapThatLeavesFewerThanSixBaselinePointsGivesNoChart() {
        List<SeriesPoint> points = new ArrayList<>(shares(20, 24, 18, 22, 21, 19, 22, 20));
        points.add(SeriesPoint.missing());
        points.addAll(shares(20, 24, 18, 22, 21, 45));

        ControlChartResult chart = charts.pChart(points);

        assertThat(chart.signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(chart.limits()).containsOnly(Optional.empty());
    }

    @Test
    void needsSixBaselinePointsBeforeTheLatest() {
        assertThat(ControlChart.MINIMUM_BASELINE).isEqualTo(6);
        assertThat(charts.pChart(shares(20, 24, 18, 22, 21, 45)).signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(charts.pChart(shares(20, 24, 18, 22, 21, 21, 45)).signal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
        List<SeriesPoint> latestMissing = new ArrayList<>(shares(20, 24, 18, 22, 21, 21, 20));
        latestMissing.add(SeriesPoint.missing());
        ControlChartResult chart = charts.pChart(latestMissing);
        assertThat(chart.signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(chart.limits()).containsOnly(Optional.empty());
    }

    @Test
    void doesNotAssessADegenerateCentre() {
        assertThat(charts.uChart(counts(0, 0, 0, 0, 0, 0, 3)).signal()).isEqualTo(ControlSignal.NOT_ASSESSED);
    }

    private static List<SeriesPoint> shares(long... counts) {
        return Arrays.stream(counts).mapToObj(count -> SeriesPoint.of(count, 100)).toList();
    }

    private static List<SeriesPoint> counts(long... counts) {
        return Arrays.stream(counts).mapToObj(SeriesPoint::ofCount).toList();
    }
}
