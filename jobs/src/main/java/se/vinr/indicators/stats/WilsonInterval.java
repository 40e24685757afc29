package se.vinr.indicators.stats;

import java.util.Optional;

/**
 * The Wilson score interval for a proportion x/n, without continuity correction: Wilson EB (1927),
 * "Probable inference, the law of succession, and statistical inference", JASA 22:209–212; method 3 in
 * Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
 * methods", Stat Med 17:857–872. It is the interval the Fingertips technical guidance prescribes for
 * proportions, and unlike the normal (Wald) interval it stays inside [0, 1] and is usable for x = 0 and
 * x = n.
 *
 * <pre>
 *   (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))
 * </pre>
 */
public final class WilsonInterval {

    private final ConfidenceLevel level;

    public WilsonInterval(ConfidenceLevel level) {
        this.level = level;
    }

    /**
     * The interval for the proportion (not percent) {@code successes / trials}; empty when
     * {@code trials} is 0, where there is no proportion.
     */
    public Optional<Interval> proportionInterval(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "a proportion needs 0 <= successes <= trials, not " + successes + " of " + trials);
        }
        if (trials == 0) {
            return Optional.empty();
        }
        double z = level.z();
        double zSquared = z * z;
        double x = successes;
        double n = trials;
        double centre = 2 * x + zSquared;
        double spread = z * Math.sqrt(zSquared + 4 * x * (1 - x / n));
        double denominator = 2 * (n + zSquared);
        // The formula reaches 0 and 1 exactly at x = 0 and x = n only up to rounding; pin them.
        double low = successes == 0 ? 0 : (centre - spread) / denominator;
        double high = successes == trials ? 1 : (centre + spread) / denominator;
        return Optional.of(new Interval(low, high));
    }
}
