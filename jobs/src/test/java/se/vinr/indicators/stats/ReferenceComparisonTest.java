package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Comparison;

class ReferenceComparisonTest {

    private final Interval interval = new Interval(0.20, 0.30);

    @Test
    void isHigherWhenTheReferenceLiesBelowTheInterval() {
        assertThat(ReferenceComparison.compare(interval, 0.19999)).isEqualTo(Comparison.HIGHER);
    }

    @Test
    void isLowerWhenTheReferenceLiesAboveTheInterval() {
        assertThat(ReferenceComparison.compare(interval, 0.30001)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void isSimilarWhenTheReferenceIsExactlyALimit() {
        assertThat(ReferenceComparison.compare(interval, 0.20)).isEqualTo(Comparison.SIMILAR);
        assertThat(ReferenceComparison.compare(interval, 0.30)).isEqualTo(Comparison.SIMILAR);
        assertThat(ReferenceComparison.compare(interval, 0.25)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void isNotComparedWithoutAnIntervalOrAReference() {
        assertThat(ReferenceComparison.compare(null, 0.25)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(ReferenceComparison.compare(interval, null)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(ReferenceComparison.compare(interval, Double.NaN)).isEqualTo(Comparison.NOT_COMPARED);
    }
}
