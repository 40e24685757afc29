package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ControlLimitsTest {

    @Test
    void aPChartCentresOnThePooledShareWithLimitsThatNarrowAsTheDenominatorGrows() {
        ControlLimits limits = ControlLimits.pChart(List.of(50.0, 60.0, 70.0), List.of(100.0, 100.0, 400.0), 0);

        double p = 180.0 / 600.0;
        assertThat(limits.centre()).allSatisfy(c -> assertThat(c).isCloseTo(p * 100, within(1e-9)));
        assertThat(limits.upper().get(0)).isCloseTo((p + 3 * Math.sqrt(p * (1 - p) / 100)) * 100, within(1e-9));
        assertThat(limits.lower().get(2)).isCloseTo((p - 3 * Math.sqrt(p * (1 - p) / 400)) * 100, within(1e-9));
        assertThat(limits.upper().get(2) - limits.lower().get(2)).isLessThan(limits.upper().get(0) - limits.lower().get(0));
    }

    @Test
    void hiddenPointsAndPointsBeforeTheBreakStayOutOfTheCentreLine() {
        ControlLimits limits = ControlLimits.pChart(Arrays.asList(90.0, 10.0, null, 30.0), List.of(100.0, 100.0, 100.0, 100.0), 1);

        assertThat(limits.centre().get(0)).isNull();
        assertThat(limits.centre().get(1)).isCloseTo(20.0, within(1e-9));
        assertThat(limits.upper().get(0)).isNull();
    }

    @Test
    void aUChartScalesTheRateAndNeverGoesBelowZero() {
        ControlLimits limits = ControlLimits.uChart(List.of(20.0, 40.0), List.of(20_000.0, 20_000.0), 0, 10_000);

        double u = 60.0 / 40_000.0;
        assertThat(limits.centre().get(0)).isCloseTo(u * 10_000, within(1e-9));
        assertThat(limits.upper().get(0)).isCloseTo((u + 3 * Math.sqrt(u / 20_000)) * 10_000, within(1e-9));
        assertThat(limits.lower()).allSatisfy(l -> assertThat(l).isGreaterThanOrEqualTo(0.0));
        assertThat(limits.outside(List.of(5.0, 15.0))).containsExactly(5.0, null);
        assertThat(limits.outside(List.of(15.0, 30.0))).containsExactly(null, 30.0);
    }
}
