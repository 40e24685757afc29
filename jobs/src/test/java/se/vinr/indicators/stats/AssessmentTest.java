package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.Polarity;

class AssessmentTest {

    @ParameterizedTest(name = "{0} with {1} is {2}")
    @CsvSource({
        "HIGHER,       HIGHER_IS_BETTER, BETTER",
        "HIGHER,       LOWER_IS_BETTER,  WORSE",
        "LOWER,        HIGHER_IS_BETTER, WORSE",
        "LOWER,        LOWER_IS_BETTER,  BETTER",
        "HIGHER,       NEITHER,          NO_POLARITY",
        "LOWER,        NEITHER,          NO_POLARITY",
        "SIMILAR,      HIGHER_IS_BETTER, SIMILAR",
        "SIMILAR,      NEITHER,          SIMILAR",
        "NOT_COMPARED, LOWER_IS_BETTER,  NOT_COMPARED",
        "NOT_COMPARED, NEITHER,          NOT_COMPARED"
    })
    void judgesAComparisonByThePolarity(Comparison comparison, Polarity polarity, Assessment expected) {
        assertThat(Assessment.of(comparison, polarity)).isEqualTo(expected);
    }
}
