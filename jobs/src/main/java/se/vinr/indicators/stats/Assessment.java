package se.vinr.indicators.stats;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.Polarity;

/**
 * Whether a comparison is good or bad news, for colouring only; the statistical test is the
 * {@link Comparison}. A similar value is similar whatever the polarity; a higher or lower value of an
 * indicator without a good direction is {@link #NO_POLARITY} (Fingertips colours those neutrally).
 */
public enum Assessment {
    BETTER, WORSE, SIMILAR, NOT_COMPARED, NO_POLARITY;

    public static Assessment of(Comparison comparison, Polarity polarity) {
        return switch (comparison) {
            case NOT_COMPARED -> NOT_COMPARED;
            case SIMILAR -> SIMILAR;
            case HIGHER -> directional(polarity, Polarity.HIGHER_IS_BETTER);
            case LOWER -> directional(polarity, Polarity.LOWER_IS_BETTER);
        };
    }

    private static Assessment directional(Polarity polarity, Polarity good) {
        if (polarity == Polarity.NEITHER) {
            return NO_POLARITY;
        }
        return polarity == good ? BETTER : WORSE;
    }
}
