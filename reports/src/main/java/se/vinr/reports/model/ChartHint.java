package se.vinr.reports.model;

import java.util.Locale;

/**
 * A dedicated chart the report draws for an indicator, declared by the indicator's model
 * ({@code charts:} in {@code sql/indicators/<id>.yml}) rather than by indicator ids in the renderer. Any
 * indicator, with or without hints, still appears in the tables, the spine chart, the funnel plots and
 * the main points.
 */
public enum ChartHint {
    /** The rate's half-yearly trend in the comparison section ({@code rate_<id>}). */
    RATE_TREND,
    /** A u-chart (Poisson control chart) of the rate. */
    U_CHART,
    /** A p-chart (binomial control chart) of the share. */
    P_CHART,
    /** The latest half-year by {@code unit=}, against the goal. */
    BY_UNIT,
    /** The latest half-year by {@code department=}, against the goal. */
    BY_DEPARTMENT,
    /** One line per {@code role=}, with national expectations. */
    CASES_BY_ROLE,
    /** The victims by sex and age band against the municipality's inhabitants. */
    VICTIMS_BY_AGE_AND_SEX,
    /** Small multiples by {@code group=}. */
    VULNERABLE_GROUPS,
    /** The trend of {@code all} with one line per {@code role=}. */
    ROLE_TREND,
    /** The trend of {@code all}. */
    TREND,
    /** Small multiples by {@code method=}. */
    METHODS,
    /** The latest half-year by {@code type=}. */
    BY_TYPE;

    /** Reads the model file's lower-case form, e.g. {@code p_chart}. */
    public static ChartHint fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown chart '" + code + "' (expected one of "
                    + java.util.Arrays.stream(values()).map(h -> h.name().toLowerCase(Locale.ROOT)).toList() + ")");
        }
    }
}
