package se.vinr.indicators.stats;

import java.util.Optional;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals for a count treated as Poisson, and for a rate built from one, as in the
 * Fingertips technical guidance and the APHO technical briefing 3 (Eayres 2008):
 * <ul>
 *   <li>O &lt; 10: the exact limits of Garwood F (1936), "Fiducial limits for the Poisson
 *       distribution", Biometrika 28:437–442, through the chi-squared distribution:
 *       low = χ²(α/2; 2O)/2 (0 when O = 0), high = χ²(1 − α/2; 2O + 2)/2;</li>
 *   <li>O ≥ 10: Byar's approximation (Breslow NE, Day NE (1987), Statistical Methods in Cancer
 *       Research, vol. II, IARC):
 *       low = O(1 − 1/(9O) − z/(3√O))³, high = (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³,
 *       which agrees with the exact limits to within 0.2 % from O = 10 on.</li>
 * </ul>
 */
public final class PoissonInterval {

    /** Counts below this get the exact limits, from it on Byar's approximation. */
    public static final long EXACT_BELOW = 10;

    private final ConfidenceLevel level;

    public PoissonInterval(ConfidenceLevel level) {
        this.level = level;
    }

    /** The interval for the expected value of an observed count. */
    public Interval countInterval(long observed) {
        if (observed < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + observed);
        }
        return observed < EXACT_BELOW ? exact(observed) : byar(observed);
    }

    /**
     * The interval for the rate {@code count / population × multiplier} (e.g. multiplier 10,000 for a
     * rate per 10,000): the count's interval scaled, since the population is taken as known exactly.
     * Empty when the population is 0.
     */
    public Optional<Interval> rateInterval(long count, double population, double multiplier) {
        if (population < 0 || !Double.isFinite(population)) {
            throw new IllegalArgumentException("a population must be a finite number >= 0, not " + population);
        }
        if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("a rate multiplier must be a positive number, not " + multiplier);
        }
        if (population == 0) {
            return Optional.empty();
        }
        return Optional.of(countInterval(count).scaled(multiplier / population));
    }

    private Interval exact(long observed) {
        double alpha = level.alpha();
        double low = observed == 0
                ? 0
                : ChiSquaredDistribution.of(2.0 * observed).inverseCumulativeProbability(alpha / 2) / 2;
        double high = ChiSquaredDistribution.of(2.0 * observed + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new Interval(low, high);
    }

    private Interval byar(long observed) {
        double z = level.z();
        double o = observed;
        double next = o + 1;
        double low = o * cube(Math.max(0, 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))));
        double high = next * cube(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)));
        return new Interval(low, high);
    }

    private static double cube(double value) {
        return value * value * value;
    }
}
