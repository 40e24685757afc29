package se.vinr.reports.model;

import java.util.List;
import java.util.Map;

/**
 * What the statistics say about one indicator's series (computed in the jobs module). Every claim here
 * is made at the report's flag level (see the method section), within the latest unbroken run: a series
 * break or a half-year that was not loaded ends a run.
 *
 * @param changeFromPrevious value now minus the previous half-year's, null when either is missing or suppressed
 * @param previousChange significance of that change
 * @param changeFromYearEarlier value now minus the same half-year a year earlier
 * @param yearEarlierChange significance of that change
 * @param trend the trend test over the unbroken series
 * @param controlSignal the control chart's verdict on the latest half-year (NHS England's Making Data Count rules)
 * @param goalAssurance whether the indicator will reach its goal, where it has one
 * @param controlChart the control chart the verdict was read from, one point per half-year of the unbroken run
 *                     that has limits, oldest first; empty when no chart could be computed. Charts draw these
 *                     limits and nothing else, so the picture and the verdict cannot disagree
 * @param flagComparisons the latest value's comparison with each reference area at the flag level, by area
 *                        code; the displayed comparison at the interval's level is in {@link IndicatorValue}
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
        GoalAssurance goalAssurance,
        List<ControlPoint> controlChart,
        Map<String, Comparison> flagComparisons) {

    /**
     * The confidence level of every claim the report makes in words (a change, a trend, a comparison named
     * in the main points or in the "worse and moving the wrong way" list): Fingertips' 99.8 %, so that the
     * 40–60 tests of one report give about 0.1 false claims when nothing has changed, instead of the 2–3
     * that 95 % gives. Intervals and the comparison columns stay at the report's level (95 % by default).
     */
    public static final double FLAG_CONFIDENCE = 0.998;

    public TrendFinding {
        controlChart = List.copyOf(controlChart);
        flagComparisons = Map.copyOf(flagComparisons);
    }

    /**
     * A change either larger than chance would explain (up or down) or not; {@code ACROSS_BREAK} when the
     * two half-years lie on either side of a series break (or a gap), so they are not compared at all.
     */
    public enum Significance { SIGNIFICANT_INCREASE, SIGNIFICANT_DECREASE, NOT_SIGNIFICANT, NOT_TESTED, ACROSS_BREAK }

    /** {@code NOT_TESTED}: the indicator's metadata says no independence-based test fits its data. */
    public enum Trend { INCREASING, DECREASING, NO_TREND, TOO_FEW_POINTS, NOT_TESTED }

    /**
     * Making Data Count's variation: common cause, or a special cause on the high or the low side (a point
     * beyond a limit, a run on one side of the centre, a trend run, or two of three points near a limit).
     * Whether high is an improvement or a concern follows from the indicator's polarity.
     */
    public enum ControlSignal { SPECIAL_CAUSE_HIGH, SPECIAL_CAUSE_LOW, COMMON_CAUSE, NOT_ASSESSED }

    public enum GoalAssurance { WILL_REACH, WILL_NOT_REACH, UNCERTAIN, NO_GOAL }

    /**
     * One half-year of a published control chart, on the indicator's own scale (percent, per 10,000, …).
     *
     * @param variation the MDC verdict on this point: common cause or a special cause high or low
     */
    public record ControlPoint(String period, double value, double centre, double lower, double upper,
                               ControlSignal variation) {
    }
}
