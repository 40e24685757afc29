package se.vinr.reports.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.model.Language;
import se.vinr.reports.text.Words;

class TestCountTest {

    /**
     * The full fixture: six findings with 10 change tests (two NOT_TESTED), five trends, three charts with a
     * verdict, and the comparisons of its latest rows with reference areas.
     */
    @Test
    void countsTheTestsRunAndTheFalseClaimsExpectedWhenNothingChanged() {
        ReportFacts facts = new ReportFacts(ModelFixtures.fullModel());

        TestCount count = TestCount.of(facts);

        assertThat(count.changes()).isEqualTo(10);
        assertThat(count.trends()).isEqualTo(6);
        assertThat(count.charts()).isEqualTo(5);
        assertThat(count.expectedFalseClaims())
                .isCloseTo((10 + 6 + count.comparisons()) * 0.002 + 5 * TestCount.CHART_FALSE_ALARM, within(1e-12));
        assertThat(count.sentence(new Words(Language.SV))).contains("10 förändringstester", "6 trendtester",
                "5 styrdiagram", "99,8 %-nivån");
    }
}
