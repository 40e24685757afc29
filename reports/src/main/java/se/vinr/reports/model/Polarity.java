package se.vinr.reports.model;

/** Which direction is good for an indicator; decides the colour of a comparison, never its test. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER
}
