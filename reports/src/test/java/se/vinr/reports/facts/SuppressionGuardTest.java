package se.vinr.reports.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;

class SuppressionGuardTest {

    private static IndicatorValue row(Double numerator, Double value, Unit unit, boolean suppressed) {
        return new IndicatorValue("2280", "2026H1", "x", "all", numerator, 200.0, value, unit, 1.0, 9.0, "riket", 5.0,
                Comparison.HIGHER, suppressed);
    }

    @Test
    void aRowMarkedSuppressedLosesEveryFigureDerivedFromTheHiddenCount() {
        IndicatorValue guarded = SuppressionGuard.protect(row(98765.0, 98765.0, Unit.COUNT, true), 5);

        assertThat(guarded.suppressed()).isTrue();
        assertThat(guarded.numerator()).isNull();
        assertThat(guarded.value()).isNull();
        assertThat(guarded.ciLow()).isNull();
        assertThat(guarded.ciHigh()).isNull();
        assertThat(guarded.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(guarded.denominator()).isEqualTo(200.0);
        assertThat(guarded.referenceValue()).isEqualTo(5.0);
    }

    @Test
    void aCountBelowTheThresholdIsHiddenEvenWhenTheModelForgotTo() {
        assertThat(SuppressionGuard.protect(row(3.0, 3.0, Unit.COUNT, false), 5).suppressed()).isTrue();
        assertThat(SuppressionGuard.protect(row(4.0, 2.0, Unit.PERCENT, false), 5).suppressed()).isTrue();
        assertThat(SuppressionGuard.protect(row(6.0, 6.0, Unit.COUNT, false), 7).suppressed()).isTrue();
    }

    @Test
    void zeroAndCountsAtTheThresholdAreShown() {
        IndicatorValue zero = row(0.0, 0.0, Unit.COUNT, false);
        IndicatorValue five = row(5.0, 2.5, Unit.PERCENT, false);

        assertThat(SuppressionGuard.protect(zero, 5)).isSameAs(zero);
        assertThat(SuppressionGuard.protect(five, 5)).isSameAs(five);
    }
}
