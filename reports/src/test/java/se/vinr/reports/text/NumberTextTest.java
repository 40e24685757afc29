package se.vinr.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.Unit;

class NumberTextTest {

    private final NumberText swedish = new NumberText(new Words(Language.SV));
    private final NumberText english = new NumberText(new Words(Language.EN));

    @Test
    void swedishNumbersHaveADecimalCommaAndSpacedThousands() {
        assertThat(swedish.withUnit(1234.56, Unit.PERCENT)).isEqualTo("1\u00A0234,6\u00A0%");
        assertThat(swedish.withUnit(12.04, Unit.PER_10000)).isEqualTo("12,0\u00A0per 10\u00A0000");
        assertThat(swedish.withUnit(14.0, Unit.DAYS)).isEqualTo("14\u00A0dagar");
        assertThat(swedish.number(-2.5, 1)).isEqualTo("-2,5");
        assertThat(english.withUnit(1234.56, Unit.PERCENT)).isEqualTo("1,234.6\u00A0%");
    }

    @Test
    void aHiddenValueIsTwoDotsAndAMissingOneADash() {
        IndicatorValue hidden = new IndicatorValue("2280", "2026H1", "x", "all", null, 9.0, null, Unit.COUNT, null, null,
                "", null, Comparison.NOT_COMPARED, true);

        assertThat(swedish.value(hidden)).isEqualTo("..");
        assertThat(swedish.interval(hidden)).isEqualTo("..");
        assertThat(swedish.value(null)).isEqualTo("–");
        assertThat(swedish.withUnit(null, Unit.COUNT)).isEqualTo("–");
    }

    @Test
    void aGoalDropsNeedlessDecimals() {
        assertThat(swedish.compact(100.0, Unit.PERCENT)).isEqualTo("100\u00A0%");
        assertThat(swedish.compact(92.5, Unit.PERCENT)).isEqualTo("92,5\u00A0%");
    }
}
