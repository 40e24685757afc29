package se.vinr.indicators.stats;

/**
 * The process limits of one point of a control chart, on the scale of count / denominator (a
 * proportion or a rate per unit of population).
 */
public record ControlLimits(double centre, double lower, double upper) {

    public ControlLimits {
        if (!(lower <= centre && centre <= upper)) {
            throw new IllegalArgumentException(
                    "control limits must satisfy lower <= centre <= upper: " + lower + ", " + centre + ", " + upper);
        }
    }

    /** The limits multiplied by a positive factor, e.g. 100 for percent or 10,000 for per 10,000. */
    public ControlLimits scaled(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("limits can only be scaled by a positive finite factor, not " + factor);
        }
        return new ControlLimits(centre * factor, lower * factor, upper * factor);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
