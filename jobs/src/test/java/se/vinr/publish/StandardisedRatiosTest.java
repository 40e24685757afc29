package se.vinr.publish;

import se.vinr.publish.protection.DecisionMemo;

import java.nio.file.Path;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.publish.protection.CountLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.Stratum;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

/**
 * Expected E = Σ n_i · R_i over age band × sex, observed O, ratio O/E with the exact Poisson interval of O
 * (Byar from 10) divided by E (Breslow &amp; Day 1987, vol. II, ch. 2). The numbers below are worked by hand.
 */
class StandardisedRatiosTest {

    private static final ConfidenceLevel LEVEL = new ConfidenceLevel(0.95);
    private static final String H1 = "2025H1";
    private static final IndicatorDefinition RATE = new IndicatorDefinition("new_victims_rate", "Nya per 10 000",
            "New per 10,000", "", "", Unit.PER_10000, "adult victims", "population 18+", Polarity.LOWER_IS_BETTER, "goal-1",
            "", null, Set.of());

    private final StandardisedRatios ratios = new StandardisedRatios(LEVEL);

    /**
     * Population (n) and riket rate per 10,000 (R) by stratum; n × R / 10,000:
     * 18-24 K 1,000 × 20 = 2.0, M 1,000 × 10 = 1.0; 25-44 K 3,000 × 15 = 4.5, M 3,000 × 5 = 1.5;
     * 45-64 K 2,500 × 8 = 2.0, M 2,500 × 4 = 1.0; 65-79 K 1,200 × 5 = 0.6, M 1,000 × 2 = 0.2;
     * 80+ K 500 × 4 = 0.2, M 300 × 0 = 0. Expected E = 13.0.
     */
    private static final Map<Stratum, Double> POPULATION = Map.of(
            s("18-24", "K"), 1000.0, s("18-24", "M"), 1000.0, s("25-44", "K"), 3000.0, s("25-44", "M"), 3000.0,
            s("45-64", "K"), 2500.0, s("45-64", "M"), 2500.0, s("65-79", "K"), 1200.0, s("65-79", "M"), 1000.0,
            s("80+", "K"), 500.0, s("80+", "M"), 300.0);
    private static final Map<Stratum, Double> RATES = Map.of(
            s("18-24", "K"), 20.0, s("18-24", "M"), 10.0, s("25-44", "K"), 15.0, s("25-44", "M"), 5.0,
            s("45-64", "K"), 8.0, s("45-64", "M"), 4.0, s("65-79", "K"), 5.0, s("65-79", "M"), 2.0,
            s("80+", "K"), 4.0, s("80+", "M"), 0.0);

    @Test
    void expectsTheSumOfPopulationTimesReferenceRateOverAgeBandsAndSexes() {
        RawValue row = ratios.ratio(base(26), RATES, POPULATION).orElseThrow();

        assertThat(row.indicator()).isEqualTo("new_victims_rate_oe");
        assertThat(row.breakdown()).isEqualTo("all");
        assertThat(row.numerator()).isEqualTo(26.0);
        assertThat(row.denominator()).isCloseTo(13.0, within(1e-9));
    }

    @Test
    void publishesTheRatioWithTheObservedCountsIntervalDividedByTheExpected() {
        IndicatorValue value = published(26);

        // O/E = 26 / 13 = 2. Byar for 26: 26 (1 − 1/234 − 1.96/(3√26))³ = 16.9798 and
        // 27 (1 − 1/243 + 1.96/(3√27))³ = 38.0975; divided by 13: 1.3061 and 2.9306.
        assertThat(value.value()).isCloseTo(2.0, within(1e-9));
        assertThat(value.ciLow()).isCloseTo(1.3061, within(1e-4));
        assertThat(value.ciHigh()).isCloseTo(2.9306, within(1e-4));
        assertThat(value.unit()).isEqualTo(Unit.RATIO);
        assertThat(value.referenceArea()).isEqualTo("riket");
        assertThat(value.referenceValue()).isEqualTo(1.0);
        assertThat(value.comparison()).isEqualTo(Comparison.HIGHER);
    }

    @Test
    void usesTheExactPoissonLimitsBelowTenObserved() {
        IndicatorValue value = published(7);

        // Exact limits for 7 (χ²/2): 2.8143 and 14.4227; divided by 13: 0.2165 and 1.1094, around 1: similar.
        assertThat(value.value()).isCloseTo(7 / 13.0, within(1e-9));
        assertThat(value.ciLow()).isCloseTo(0.21649, within(1e-4));
        assertThat(value.ciHigh()).isCloseTo(1.10944, within(1e-4));
        assertThat(value.comparison()).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void givesNoRatioWhenAStratumWithAPopulationHasNoReferenceRate() {
        Map<Stratum, Double> rates = new HashMap<>(RATES);
        rates.remove(s("80+", "M"));

        assertThat(ratios.ratio(base(26), rates, POPULATION)).isEmpty();
    }

    @Test
    void givesNoRatioWithoutAPopulationOrWhenNothingIsExpected() {
        Map<Stratum, Double> zero = new HashMap<>();
        RATES.keySet().forEach(k -> zero.put(k, 0.0));

        assertThat(ratios.ratio(base(26), RATES, Map.of())).isEmpty();
        assertThat(ratios.ratio(base(26), zero, POPULATION)).isEmpty();
    }

    @Test
    void definesTheRatioInBothLanguagesWithTheRatesPolarity() {
        IndicatorDefinition definition = StandardisedRatios.definition(RATE);

        assertThat(definition.id()).isEqualTo("new_victims_rate_oe");
        assertThat(definition.titleSv()).isEqualTo("Observerat i förhållande till förväntat: Nya per 10 000");
        assertThat(definition.titleEn()).isEqualTo("Observed relative to expected: New per 10,000");
        assertThat(definition.unit()).isEqualTo(Unit.RATIO);
        assertThat(definition.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    @Test
    void placesEachRatioAfterItsRate() {
        IndicatorInput ratio = new IndicatorInput(StandardisedRatios.definition(RATE), List.of(), false);
        IndicatorDefinition other = Indicators.definition("new_cases", Unit.COUNT);
        StandardisedRatios.Derived derived = new StandardisedRatios.Derived(List.of(ratio), List.of(), List.of());

        assertThat(derived.placedAfterTheirRates(List.of(RATE, other)))
                .extracting(IndicatorDefinition::id).containsExactly("new_victims_rate", "new_victims_rate_oe", "new_cases");
    }

    /** The ratio row as IndicatorStatistics publishes it, beside its rate, against 1 in riket. */
    private IndicatorValue published(int observed) {
        RawValue row = ratios.ratio(base(observed), RATES, POPULATION).orElseThrow();
        IndicatorDefinition definition = StandardisedRatios.definition(RATE);
        ReferenceFigures references = new ReferenceFigures(Map.of(definition.id(), definition), List.of("riket"),
                List.of(new ReferenceFigures.Candidate(definition.id(), "riket", H1, "T", 1.0, "ratio", "test", null)),
                java.util.Set.of());
        List<IndicatorValue> values = new IndicatorStatistics(LEVEL, 5, 3, CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))), DecisionMemo.none()).compute("2280",
                List.of(new IndicatorInput(RATE, List.of()), new IndicatorInput(definition, List.of(), false)),
                List.of(base(observed), row), List.of(H1), Map.of(), references).values();
        Optional<IndicatorValue> ratio = values.stream().filter(v -> v.indicator().equals(definition.id())).findFirst();
        return ratio.orElseThrow();
    }

    private static RawValue base(int observed) {
        return new RawValue("new_victims_rate", H1, "all", (double) observed, 16_000.0, null);
    }

    private static Stratum s(String band, String sex) {
        return new Stratum(band, sex);
    }
}
