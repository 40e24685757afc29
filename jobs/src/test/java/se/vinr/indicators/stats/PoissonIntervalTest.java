package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoissonIntervalTest {

    private final PoissonInterval poisson = new PoissonInterval(ConfidenceLevel.NINETY_FIVE);

    /**
     * The classic exact 95 % limits for a Poisson count (Garwood F (1936), Biometrika 28:437–442), as
     * tabulated to 4 decimals in the standard tables (e.g. Documenta Geigy Scientific Tables) and
     * reproduced independently with SciPy's chi-squared quantiles.
     */
    @ParameterizedTest(name = "O = {0} -> {1} to {2}")
    @CsvSource({
        "0, 0.0000, 3.6889",
        "1, 0.0253, 5.5716",
        "2, 0.2422, 7.2247",
        "3, 0.6187, 8.7673",
        "4, 1.0899, 10.2416",
        "5, 1.6235, 11.6683",
        "6, 2.2019, 13.0595",
        "7, 2.8144, 14.4227",
        "8, 3.4538, 15.7632",
        "9, 4.1154, 17.0848"
    })
    void usesGarwoodsExactLimitsBelowTen(long observed, double low, double high) {
        Interval interval = poisson.countInterval(observed);

        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }

    /**
     * Byar's limits worked by hand from the formula with z = 1.959964 (e.g. O = 10: low
     * 10(1 − 1/90 − z/(3√10))³ = 4.7874, high 11(1 − 1/99 + z/(3√11))³ = 18.3915), and checked
     * against the exact limits: 4.7954–18.3904, 12.2165–30.8884, 37.1110–65.9188, 81.3640–121.6268.
     */
    @ParameterizedTest(name = "O = {0} -> {1} to {2} (exact {3} to {4})")
    @CsvSource({
        "10,  4.7874,  18.3915, 4.7954,  18.3904",
        "20,  12.2114, 30.8899, 12.2165, 30.8884",
        "50,  37.1081, 65.9202, 37.1110, 65.9188",
        "100, 81.3621, 121.6279, 81.3640, 121.6268"
    })
    void usesByarsApproximationFromTenCloseToTheExactLimits(
            long observed, double low, double high, double exactLow, double exactHigh) {
        Interval interval = poisson.countInterval(observed);

        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
        assertThat(interval.low()).isCloseTo(exactLow, Percentage.withPercentage(0.2));
        assertThat(interval.high()).isCloseTo(exactHigh, Percentage.withPercentage(0.2));
    }

    @Test
    void scalesTheCountIntervalToARatePerTenThousand() {
        // 5 victims among 20,000 adults: 2.5 per 10,000, exact limits 1.6235 and 11.6683 scaled by 10,000 / 20,000.
        Interval rate = poisson.rateInterval(5, 20_000, 10_000).orElseThrow();

        assertThat(rate.low()).isCloseTo(0.81174, within(0.00001));
        assertThat(rate.high()).isCloseTo(5.83417, within(0.00001));
    }

    @Test
    void hasNoRateWithoutPopulation() {
        assertThat(poisson.rateInterval(0, 0, 10_000)).isEmpty();
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> poisson.countInterval(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
