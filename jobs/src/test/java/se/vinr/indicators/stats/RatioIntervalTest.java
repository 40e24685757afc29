package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioIntervalTest {

    private final RatioInterval ratios = new RatioInterval(ConfidenceLevel.NINETY_FIVE);

    @Test
    void dividesTheExactCountLimitsByTheExpectedCount() {
        // O = 4, E = 2.5: Garwood's limits 1.0899 and 10.2416 (see PoissonIntervalTest) over 2.5.
        StandardisedRatio ratio = ratios.ratio(4, 2.5).orElseThrow();

        assertThat(ratio.ratio()).isEqualTo(1.6);
        assertThat(ratio.interval().low()).isCloseTo(0.43595, within(0.00001));
        assertThat(ratio.interval().high()).isCloseTo(4.09664, within(0.00001));
    }

    @Test
    void dividesByarsLimitsByTheExpectedCountFromTen() {
        // O = 30, E = 20: Byar's limits 20.2369 and 42.8284 (exact 20.2409 and 42.8269) over 20.
        StandardisedRatio ratio = ratios.ratio(30, 20).orElseThrow();

        assertThat(ratio.ratio()).isEqualTo(1.5);
        assertThat(ratio.interval().low()).isCloseTo(1.011847, within(0.000002));
        assertThat(ratio.interval().high()).isCloseTo(2.141419, within(0.000002));
    }

    @Test
    void hasNoRatioWhenNothingWasExpected() {
        assertThat(ratios.ratio(3, 0)).isEmpty();
    }
}
