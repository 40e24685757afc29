package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.vinr.reports.model.TrendFinding.Significance;

class ChangeTestTest {

    private final ChangeTest changes = new ChangeTest(ConfidenceLevel.NINETY_FIVE);

    /**
     * Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
     * comparison of eleven methods", Stat Med 17:873–890, Table II, method 10, for θ = p1 − p2; here
     * p1 is "after" and p2 "before".
     */
    @ParameterizedTest(name = "{0}/{1} - {2}/{3} -> {4} to {5}")
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9,  10, 3,  10, 0.1705, 0.8090",
        "5,  56, 0,  29, -0.0381, 0.1926",
        "0,  10, 0,  20, -0.1611, 0.2775",
        "10, 10, 0,  20, 0.6791, 1.0000"
    })
    void matchesNewcombesPublishedDifferenceIntervals(
            long xAfter, long nAfter, long xBefore, long nBefore, double low, double high) {
        Interval difference = changes.proportionDifference(xBefore, nBefore, xAfter, nAfter).orElseThrow();

        assertThat(difference.low()).isCloseTo(low, within(0.00005));
        assertThat(difference.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void callsAProportionChangeSignificantOnlyWhenTheDifferenceExcludesZero() {
        assertThat(changes.proportions(48, 80, 56, 70)).isEqualTo(Significance.SIGNIFICANT_INCREASE);
        assertThat(changes.proportions(56, 70, 48, 80)).isEqualTo(Significance.SIGNIFICANT_DECREASE);
        assertThat(changes.proportions(0, 29, 5, 56)).isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void doesNotTestAProportionWithoutADenominator() {
        assertThat(changes.proportions(0, 0, 5, 56)).isEqualTo(Significance.NOT_TESTED);
        assertThat(changes.proportionDifference(3, 10, 0, 0)).isEmpty();
    }

    /**
     * Exact conditional test: with equal exposure, 25 of 35 events after has the Clopper–Pearson
     * interval 0.5370–0.8536 for π (computed with SciPy's binomtest), which excludes π₀ = 0.5; 28 of
     * 48 (0.4321–0.7239) does not; 15 of 45 (0.2000–0.4895) lies below it.
     */
    @Test
    void comparesTwoCountsOfEqualExposureExactly() {
        assertThat(changes.counts(10, 25)).isEqualTo(Significance.SIGNIFICANT_INCREASE);
        assertThat(changes.counts(20, 28)).isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(changes.counts(30, 15)).isEqualTo(Significance.SIGNIFICANT_DECREASE);
    }

    @Test
    void treatsZeroAgainstZeroAsNoChange() {
        assertThat(changes.counts(0, 0)).isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void takesThePopulationsIntoAccountWhenComparingRates() {
        // 10 then 25 events: significant as counts, but the population grew from 10,000 to 25,000 too.
        assertThat(changes.counts(10, 25)).isEqualTo(Significance.SIGNIFICANT_INCREASE);
        assertThat(changes.rates(10, 10_000, 25, 25_000)).isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(changes.rates(10, 10_000, 25, 0)).isEqualTo(Significance.NOT_TESTED);
    }

    /**
     * 12 events per 10,000 then 30 per 20,000: π interval for 30 of 42 turned into the rate ratio
     * π/(1 − π) · 10,000/20,000 gives 0.6215–2.6808 (SciPy's Clopper–Pearson, transformed by hand).
     */
    @Test
    void givesTheExactIntervalOfTheRateRatio() {
        Interval ratio = changes.rateRatio(12, 10_000, 30, 20_000).orElseThrow();

        assertThat(ratio.low()).isCloseTo(0.62148, within(0.00001));
        assertThat(ratio.high()).isCloseTo(2.68083, within(0.00001));
        assertThat(changes.rateRatio(0, 10_000, 3, 10_000)).isEmpty();
    }
}
