package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Stat Med 17:857–872, Table II, method 3 (score interval without
 * continuity correction), given there to 4 decimals.
 */
class WilsonIntervalTest {

    private final WilsonInterval wilson = new WilsonInterval(ConfidenceLevel.NINETY_FIVE);

    @ParameterizedTest(name = "{0}/{1} -> {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0,  20,  0.0000, 0.1611",
        "1,  29,  0.0061, 0.1718",
        "29, 29,  0.8830, 1.0000"
    })
    void matchesNewcombesPublishedScoreIntervals(long x, long n, double low, double high) {
        Interval interval = wilson.proportionInterval(x, n).orElseThrow();

        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void pinsTheLimitsAtZeroAndOneForNoneAndAll() {
        assertThat(wilson.proportionInterval(0, 7).orElseThrow().low()).isZero();
        assertThat(wilson.proportionInterval(7, 7).orElseThrow().high()).isEqualTo(1.0);
    }

    @Test
    void hasNoIntervalWithoutTrials() {
        assertThat(wilson.proportionInterval(0, 0)).isEmpty();
    }

    @Test
    void widensAtTheHigherLevel() {
        Interval at95 = wilson.proportionInterval(81, 263).orElseThrow();
        Interval at998 = new WilsonInterval(ConfidenceLevel.NINETY_NINE_POINT_EIGHT).proportionInterval(81, 263).orElseThrow();

        assertThat(at998.low()).isLessThan(at95.low());
        assertThat(at998.high()).isGreaterThan(at95.high());
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> wilson.proportionInterval(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wilson.proportionInterval(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
