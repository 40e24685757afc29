package se.vinr.indicators.stats;

/**
 * A closed confidence interval [low, high] on the scale of its estimate (a proportion, a count, a rate
 * or a ratio; the caller scales it to percent or per 10,000).
 */
public record Interval(double low, double high) {

    public Interval {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("interval limits must be finite numbers: " + low + ", " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("interval low " + low + " is above its high " + high);
        }
    }

    /** Whether the value lies in the interval, its limits included. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** The interval multiplied by a positive factor, e.g. 100 for percent. */
    public Interval scaled(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("an interval can only be scaled by a positive finite factor, not " + factor);
        }
        return new Interval(low * factor, high * factor);
    }
}
