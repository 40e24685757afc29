package se.vinr.indicators.stats;

import java.util.Map;
import java.util.Optional;

/**
 * Indirect standardisation over age band × sex strata: the count expected if the local population had
 * the reference area's rates, E = Σ reference_rate[s] × local_population[s], and the ratio O/E with its
 * interval ({@link RatioInterval}). Rates are per person (a rate per 10,000 divided by 10,000).
 */
public final class IndirectStandardisation {

    private final RatioInterval ratioInterval;

    public IndirectStandardisation(RatioInterval ratioInterval) {
        this.ratioInterval = ratioInterval;
    }

    /**
     * The expected count. Every stratum with a local population needs a reference rate, because
     * leaving one out would silently lower E and inflate the ratio; strata with a reference rate but no
     * local population contribute nothing.
     */
    public double expected(Map<Stratum, Double> referenceRates, Map<Stratum, Double> localPopulation) {
        double expected = 0;
        for (Map.Entry<Stratum, Double> entry : localPopulation.entrySet()) {
            double population = entry.getValue();
            if (population < 0 || !Double.isFinite(population)) {
                throw new IllegalArgumentException(
                        "the population of " + entry.getKey() + " must be a finite number >= 0, not " + population);
            }
            Double rate = referenceRates.get(entry.getKey());
            if (rate == null) {
                throw new IllegalArgumentException("there is no reference rate for the stratum " + entry.getKey());
            }
            if (rate < 0 || !Double.isFinite(rate)) {
                throw new IllegalArgumentException(
                        "the reference rate of " + entry.getKey() + " must be a finite number >= 0, not " + rate);
            }
            expected += rate * population;
        }
        return expected;
    }

    /** The standardised ratio of the observed count; empty when the expected count is 0. */
    public Optional<StandardisedRatio> standardise(
            long observed, Map<Stratum, Double> referenceRates, Map<Stratum, Double> localPopulation) {
        return ratioInterval.ratio(observed, expected(referenceRates, localPopulation));
    }
}
