package se.vinr.reports.facts;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.Polarity;

/**
 * A comparison read in the light of the indicator's polarity: whether "higher" is better or worse.
 * The test itself (interval against reference) is the jobs module's; this only names and colours it.
 */
public enum Assessment {
    BETTER, WORSE, HIGHER, LOWER, SIMILAR, NOT_COMPARED;

    public static Assessment of(Comparison comparison, Polarity polarity) {
        if (comparison == null) {
            return NOT_COMPARED;
        }
        Polarity p = polarity == null ? Polarity.NEITHER : polarity;
        return switch (comparison) {
            case SIMILAR -> SIMILAR;
            case NOT_COMPARED -> NOT_COMPARED;
            case HIGHER -> p == Polarity.HIGHER_IS_BETTER ? BETTER : p == Polarity.LOWER_IS_BETTER ? WORSE : HIGHER;
            case LOWER -> p == Polarity.LOWER_IS_BETTER ? BETTER : p == Polarity.HIGHER_IS_BETTER ? WORSE : LOWER;
        };
    }

    /** Whether a move in this direction (up when {@code up}) is a worsening for the polarity. */
    public static boolean worsens(boolean up, Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER ? up : polarity == Polarity.HIGHER_IS_BETTER && !up;
    }

    public static boolean improves(boolean up, Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER ? up : polarity == Polarity.LOWER_IS_BETTER && !up;
    }
}
