package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Unit;

class RawIndicatorRowTest {

    @Test
    void aCountIsItsNumerator() {
        assertThat(row(7.0, null, null).estimate(Unit.COUNT)).isEqualTo(7.0);
    }

    @Test
    void quotientsFollowTheUnit() {
        assertThat(row(4.0, 6.0, null).estimate(Unit.PERCENT)).isCloseTo(66.6667, within(1e-4));
        assertThat(row(6.0, 20_000.0, null).estimate(Unit.PER_10000)).isEqualTo(3.0);
        assertThat(row(5.0, 9.0, null).estimate(Unit.RATIO)).isCloseTo(0.5556, within(1e-4));
    }

    @Test
    void aZeroOrMissingDenominatorLeavesTheValueEmpty() {
        assertThat(row(0.0, 0.0, null).estimate(Unit.PERCENT)).isNull();
        assertThat(row(1.0, 0.0, null).estimate(Unit.PERCENT)).isNull();
        assertThat(row(3.0, null, null).estimate(Unit.PER_10000)).isNull();
    }

    @Test
    void aMedianIsTheQuerysOwnValue() {
        assertThat(row(null, 4.0, 7.5).estimate(Unit.DAYS)).isEqualTo(7.5);
        assertThat(row(null, 0.0, null).estimate(Unit.DAYS)).isNull();
    }

    private static RawIndicatorRow row(Double numerator, Double denominator, Double value) {
        return new RawIndicatorRow("x", "2280", "2026H1", "all", numerator, denominator, value);
    }
}
