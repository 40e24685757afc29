package se.vinr.reports.model;

/**
 * What the statistics say about one indicator's series (computed in the jobs module).
 *
 * @param changeFromPrevious value now minus the previous half-year's, null when either is missing or suppressed
 * @param previousChange significance of that change
 * @param changeFromYearEarlier value now minus the same half-year a year earlier
 * @param yearEarlierChange significance of that change
 * @param trend the trend test over the unbroken series
 * @param controlSignal whether the latest point lies outside the control-chart limits
 * @param goalAssurance whether the indicator will reach its goal, where it has one
 */
public record TrendFinding(
        String indicator,
        String breakdown,
        Double changeFromPrevious,
        Significance previousChange,
        Double changeFromYearEarlier,
        Significance yearEarlierChange,
        Trend trend,
        int unbrokenPoints,
        ControlSignal controlSignal,
        GoalAssurance goalAssurance) {

    /** A change either larger than chance would explain (up or down) or not. */
    public enum Significance { SIGNIFICANT_INCREASE, SIGNIFICANT_DECREASE, NOT_SIGNIFICANT, NOT_TESTED }

    public enum Trend { INCREASING, DECREASING, NO_TREND, TOO_FEW_POINTS }

    public enum ControlSignal { ABOVE_UPPER_LIMIT, BELOW_LOWER_LIMIT, COMMON_CAUSE, NOT_ASSESSED }

    public enum GoalAssurance { WILL_REACH, WILL_NOT_REACH, UNCERTAIN, NO_GOAL }
}
