package se.vinr.indicators.stats;

import java.util.Optional;

/**
 * The interval of an observed/expected ratio from indirect standardisation: the Poisson interval of
 * the observed count (exact below 10, Byar from 10) divided by the expected count, which is treated as
 * known without error (Breslow NE, Day NE (1987), Statistical Methods in Cancer Research, vol. II,
 * IARC, chapter 2; the same method in the Fingertips technical guidance for standardised ratios).
 */
public final class RatioInterval {

    private final PoissonInterval countInterval;

    public RatioInterval(ConfidenceLevel level) {
        this.countInterval = new PoissonInterval(level);
    }

    /** The ratio O/E and its interval; empty when nothing was expected (E = 0). */
    public Optional<StandardisedRatio> ratio(long observed, double expected) {
        if (expected < 0 || !Double.isFinite(expected)) {
            throw new IllegalArgumentException("an expected count must be a finite number >= 0, not " + expected);
        }
        if (expected == 0) {
            return Optional.empty();
        }
        Interval interval = countInterval.countInterval(observed).scaled(1 / expected);
        return Optional.of(new StandardisedRatio(observed, expected, observed / expected, interval));
    }
}
