package se.vinr.indicators.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level. 95 % is the default of every published interval and test; 99.8 % is
 * the level Fingertips uses for its second (outer) limits and for funnel plots.
 *
 * @param level the coverage, strictly between 0 and 1
 */
public record ConfidenceLevel(double level) {

    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);
    public static final ConfidenceLevel DEFAULT = NINETY_FIVE;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public ConfidenceLevel {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level must lie strictly between 0 and 1, not " + level);
        }
    }

    /** The two-sided error probability, 1 − level. */
    public double alpha() {
        return 1 - level;
    }

    /** The standard normal quantile z with P(−z &lt; Z &lt; z) = level (1.959964 at 95 %). */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha() / 2);
    }
}
