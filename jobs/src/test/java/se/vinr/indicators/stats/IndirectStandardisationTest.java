package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class IndirectStandardisationTest {

    private static final Stratum YOUNG_WOMEN = new Stratum("18-24", "K");
    private static final Stratum YOUNG_MEN = new Stratum("18-24", "M");
    private static final Stratum OLDER_WOMEN = new Stratum("25-44", "K");
    private static final Stratum OLDER_MEN = new Stratum("25-44", "M");

    private final IndirectStandardisation standardisation =
            new IndirectStandardisation(new RatioInterval(ConfidenceLevel.NINETY_FIVE));

    private final Map<Stratum, Double> referenceRates = Map.of(
            YOUNG_WOMEN, 0.004, YOUNG_MEN, 0.001, OLDER_WOMEN, 0.003, OLDER_MEN, 0.0005);

    @Test
    void sumsReferenceRatesTimesLocalPopulationOverTheStrata() {
        Map<Stratum, Double> population = Map.of(
                YOUNG_WOMEN, 1_000.0, YOUNG_MEN, 1_200.0, OLDER_WOMEN, 3_000.0, OLDER_MEN, 2_000.0);

        // 4 + 1.2 + 9 + 1 = 15.2 expected
        assertThat(standardisation.expected(referenceRates, population)).isCloseTo(15.2, within(1e-12));
    }

    @Test
    void givesTheObservedOverExpectedRatioWithItsInterval() {
        Map<Stratum, Double> population = Map.of(
                YOUNG_WOMEN, 1_000.0, YOUNG_MEN, 1_200.0, OLDER_WOMEN, 3_000.0, OLDER_MEN, 2_000.0);

        StandardisedRatio ratio = standardisation.standardise(30, referenceRates, population).orElseThrow();

        // 30 / 15.2; Byar's limits for 30 (20.2369, 42.8284) over 15.2.
        assertThat(ratio.ratio()).isCloseTo(1.973684, within(0.000001));
        assertThat(ratio.interval().low()).isCloseTo(1.331378, within(0.000002));
        assertThat(ratio.interval().high()).isCloseTo(2.817656, within(0.000002));
    }

    @Test
    void ignoresReferenceStrataWithoutLocalPopulation() {
        assertThat(standardisation.expected(referenceRates, Map.of(OLDER_WOMEN, 1_000.0))).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void refusesALocalStratumWithoutAReferenceRate() {
        Map<Stratum, Double> population = Map.of(new Stratum("80+", "K"), 500.0);

        assertThatThrownBy(() -> standardisation.expected(referenceRates, population))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("80+");
    }
}
