package se.vinr.publish.protection;

/** Why small-number protection hid a published figure. */
public enum SuppressionReason {
    /** A count from 1 to the threshold − 1. */
    PRIMARY,
    /** Hidden so that a primary cell cannot be derived from published totals. */
    SECONDARY,
    /**
     * A share, rate, ratio or interval computed from a hidden count; or a share's numerator, which its row
     * does not print once the denominator is hidden.
     */
    DERIVED,
    /**
     * An earlier half-year shown again: an earlier publication hid it, or its count has changed since it
     * was first published by less than the threshold, a difference that subtraction would reveal
     * (see {@link se.vinr.publish.EarlierPublications}).
     */
    EARLIER_PUBLICATION
}
