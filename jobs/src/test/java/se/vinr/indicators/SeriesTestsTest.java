package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SeriesTestsTest {

    @Test
    void readsIndependentAndNoneWithItsReason() {
        assertThat(SeriesTests.parse("")).isEqualTo(SeriesTests.INDEPENDENT);
        assertThat(SeriesTests.parse("independent")).isEqualTo(SeriesTests.INDEPENDENT);
        SeriesTests none = SeriesTests.parse("none: a stock of overlapping half-years");
        assertThat(none.independent()).isFalse();
        assertThat(none.reason()).isEqualTo("a stock of overlapping half-years");
    }

    @Test
    void refusesNoneWithoutAReasonAndUnknownValues() {
        assertThatThrownBy(() -> SeriesTests.parse("none")).hasMessageContaining("none: <why");
        assertThatThrownBy(() -> SeriesTests.parse("poisson")).hasMessageContaining("'poisson'");
    }

    /** Stocks and cumulative coverage get no independence-based test; their flows do. */
    @Test
    void theCatalogueDeclaresNoTestForStocksAndCumulativeCoverage() {
        Map<String, SeriesTests> tests = IndicatorCatalogue.fromClasspath().specs().stream()
                .collect(Collectors.toMap(IndicatorSpec::id, IndicatorSpec::tests));

        assertThat(tests.get("active_cases").independent()).isFalse();
        assertThat(tests.get("training_basic_coverage").independent()).isFalse();
        assertThat(tests.get("training_advanced_coverage").independent()).isFalse();
        assertThat(tests.get("elected_trained_share").independent()).isFalse();
        assertThat(tests.get("new_cases").independent()).isTrue();
        assertThat(tests.get("training_completions").independent()).isTrue();
        assertThat(tests.get("screening_rate").independent()).isTrue();
    }
}
