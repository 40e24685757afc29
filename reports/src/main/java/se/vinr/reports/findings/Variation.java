package se.vinr.reports.findings;

import se.vinr.reports.facts.Assessment;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.text.Words;

/**
 * A control-chart verdict as NHS England's <i>Making Data Count</i> names it: common cause variation, or a
 * special cause that is an improvement, a concern, or (without a good direction) neither, high or low. The
 * chart's marks and the table's words come from here, so both name a point alike.
 */
public enum Variation {
    COMMON_CAUSE, IMPROVEMENT, CONCERN, NEITHER_HIGH, NEITHER_LOW, NOT_ASSESSED;

    public static Variation of(ControlSignal signal, Polarity polarity) {
        return switch (signal) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case NOT_ASSESSED -> NOT_ASSESSED;
            case SPECIAL_CAUSE_HIGH -> Assessment.improves(true, polarity) ? IMPROVEMENT
                    : Assessment.worsens(true, polarity) ? CONCERN : NEITHER_HIGH;
            case SPECIAL_CAUSE_LOW -> Assessment.improves(false, polarity) ? IMPROVEMENT
                    : Assessment.worsens(false, polarity) ? CONCERN : NEITHER_LOW;
        };
    }

    public boolean isSpecialCause() {
        return this != COMMON_CAUSE && this != NOT_ASSESSED;
    }

    /** The verdict in a few words, for a table cell or a legend. */
    public String words(Words w) {
        return switch (this) {
            case COMMON_CAUSE -> w.t("vanlig variation", "common cause variation");
            case IMPROVEMENT -> w.t("särskild orsak – förbättring", "special cause – improvement");
            case CONCERN -> w.t("särskild orsak – försämring", "special cause – concern");
            case NEITHER_HIGH -> w.t("särskild orsak – högre", "special cause – higher");
            case NEITHER_LOW -> w.t("särskild orsak – lägre", "special cause – lower");
            case NOT_ASSESSED -> w.t("ej bedömd", "not assessed");
        };
    }
}
