package se.vinr.publish;

import se.vinr.publish.protection.DecisionMemo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.publish.Indicators.count;
import static se.vinr.publish.Indicators.input;
import static se.vinr.publish.Indicators.ratio;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.publish.protection.CountLinks;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.Unit;

/**
 * The two leaks between indicators that issue 13 found in the demo, closed by what the models declare
 * under {@code shared_counts:} (sql/indicators/*.yml), read as the report reads them.
 */
class DeclaredLinksProtectionTest {

    private final IndicatorStatistics statistics = new IndicatorStatistics(new ConfidenceLevel(0.95), 5, 3,
            CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))), DecisionMemo.none());

    /** 2024H1 of the demo: the share hidden for its complement of 4, programme interventions shown as 7. */
    @Test
    void aHiddenProgrammeShareIsNotGivenAwayByTheProgrammeInterventions() {
        String p = "2024H1";
        List<RawValue> raw = List.of(
                ratio("perpetrator_programme_share", p, "all", 7, 11.0),
                count("interventions", p, "all", 60), count("interventions", p, "type=perpetrator_programme", 7),
                count("interventions", p, "type=support_talks", 30), count("interventions", p, "type=protected_housing", 23),
                count("new_cases", p, "all", 70), count("new_cases", p, "role=perpetrator", 11),
                count("new_cases", p, "role=victim", 59));

        List<IndicatorValue> values = statistics.compute("2280", List.of(
                input("perpetrator_programme_share", Unit.PERCENT), input("interventions", Unit.COUNT, "type"),
                input("new_cases", Unit.COUNT)), raw, List.of(p), Map.of(), ReferenceFigures.none()).values();

        IndicatorValue share = row(values, p, "perpetrator_programme_share", "all");
        IndicatorValue programme = row(values, p, "interventions", "type=perpetrator_programme");
        assertThat(share.suppressed()).isTrue();
        // Persons without a programme = denominator − programme interventions: one of them must be hidden.
        assertThat(share.denominator() != null && !programme.suppressed())
                .as("denominator %s and programme interventions %s both shown", share.denominator(), programme.value())
                .isFalse();
    }

    /**
     * The rise of persons trained between two half-years is the half-year's basic courses: when the basic
     * courses are hidden only to protect 2 advanced ones, two shown coverages would give both away.
     */
    @Test
    void theRiseOfACumulativeCoverageDoesNotGiveAwayHiddenCompletions() {
        List<RawValue> raw = List.of(
                ratio("training_basic_coverage", "2024H1", "all", 40, 200.0),
                count("training_completions", "2024H1", "all", 12), count("training_completions", "2024H1", "course=basic", 6),
                count("training_completions", "2024H1", "course=advanced", 6),
                ratio("training_basic_coverage", "2024H2", "all", 47, 200.0),
                count("training_completions", "2024H2", "all", 9), count("training_completions", "2024H2", "course=basic", 7),
                count("training_completions", "2024H2", "course=advanced", 2));

        List<IndicatorValue> values = statistics.compute("2280", List.of(
                input("training_basic_coverage", Unit.PERCENT, "department"),
                input("training_completions", Unit.COUNT, "course")), raw, List.of("2024H1", "2024H2"), Map.of(),
                ReferenceFigures.none()).values();

        assertThat(row(values, "2024H2", "training_completions", "course=advanced").suppressed()).isTrue();
        // advanced = all − basic = all − (coverage now − coverage before)
        boolean derivable = !row(values, "2024H1", "training_basic_coverage", "all").suppressed()
                && !row(values, "2024H2", "training_basic_coverage", "all").suppressed()
                && !row(values, "2024H2", "training_completions", "all").suppressed();
        assertThat(derivable).as("two coverages and the total of completions shown beside 2 hidden advanced courses")
                .isFalse();
    }

    private static IndicatorValue row(List<IndicatorValue> values, String period, String indicator, String breakdown) {
        return values.stream()
                .filter(v -> v.period().equals(period) && v.indicator().equals(indicator) && v.breakdown().equals(breakdown))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + period + " " + breakdown));
    }
}
