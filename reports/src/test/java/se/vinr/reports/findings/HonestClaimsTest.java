package se.vinr.reports.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.model.Unit;

/** The sentences claim nothing across a break, and nothing that does not hold at the flag level. */
class HonestClaimsTest {

    private static final List<String> TWO = List.of("2025H2", "2026H1");

    private static List<String> sentences(ReportModel model) {
        return new MainPoints(new ReportFacts(SuppressionGuard.protect(model))).points().stream()
                .map(MainPoint::sentence).toList();
    }

    @Test
    void aComparisonAcrossABreakIsSaidToBeImpossibleAndNeverCalledAChange() {
        ReportModel model = ModelFixtures.minimal().periods(TWO)
                .definition("interventions", "Påbörjade insatser", "Interventions started", Unit.COUNT, Polarity.NEITHER,
                        "3", null)
                .count("2025H2", "interventions", "all", 40, null)
                .count("2026H1", "interventions", "all", 95, null)
                .seriesBreak("2026H1", "interventions", "En ny socialtjänstlag trädde i kraft. Det påverkar insatserna.",
                        "A new Social Services Act entered into force. It affects interventions.", "https://example.org")
                .trend("interventions", "all", null, Significance.ACROSS_BREAK, null, Significance.ACROSS_BREAK,
                        Trend.TOO_FEW_POINTS, 1, ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL)
                .build();

        assertThat(sentences(model)).singleElement().satisfies(s -> assertThat(s)
                .startsWith("Påbörjade insatser var ")
                .contains("första halvåret 2026; jämförelsen med tidigare halvår går inte att göra, eftersom serien "
                        + "bröts första halvåret 2026 (En ny socialtjänstlag trädde i kraft).")
                .doesNotContain("slumpen", "ökade"));
    }

    @Test
    void aSpecialCauseIsNamedAsMakingDataCountNamesIt() {
        ReportModel model = ModelFixtures.minimal().periods(TWO)
                .definition("screening_rate", "Andel tillfrågade", "Share asked", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                        "3", null)
                .share("2025H2", "screening_rate", "all", 60, 100, null, null, null)
                .share("2026H1", "screening_rate", "all", 40, 100, null, null, null)
                .trend("screening_rate", "all", -20.0, Significance.NOT_SIGNIFICANT, null, Significance.NOT_TESTED,
                        Trend.NO_TREND, 7, ControlSignal.SPECIAL_CAUSE_LOW, GoalAssurance.NO_GOAL)
                .build();

        assertThat(sentences(model)).first().asString()
                .startsWith("Andel tillfrågade (40,0\u00A0%) visar en särskild orsak i styrdiagrammet "
                        + "(särskild orsak – försämring)");
    }

    /** A national comparison shown as worse at 95 % is no main point when it does not hold at 99.8 %. */
    @Test
    void aComparisonIsClaimedOnlyWhenItHoldsAtTheFlagLevel() {
        ModelFixtures.Builder builder = ModelFixtures.minimal().periods(TWO)
                .definition("screening_rate", "Andel tillfrågade", "Share asked", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                        "3", null)
                .share("2025H2", "screening_rate", "all", 60, 100, null, null, null)
                .share("2026H1", "screening_rate", "all", 60, 100, 75.0, null, null);
        TrendFinding notAtFlagLevel = new TrendFinding("screening_rate", "all", 0.0, Significance.NOT_SIGNIFICANT, null,
                Significance.NOT_TESTED, Trend.TOO_FEW_POINTS, 2, ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL,
                List.of(), Map.of("riket", Comparison.SIMILAR));
        TrendFinding atFlagLevel = new TrendFinding("screening_rate", "all", 0.0, Significance.NOT_SIGNIFICANT, null,
                Significance.NOT_TESTED, Trend.TOO_FEW_POINTS, 2, ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL,
                List.of(), Map.of("riket", Comparison.LOWER));

        assertThat(sentences(builder.trend(notAtFlagLevel).build())).noneMatch(s -> s.contains("än riket") || s.contains("slumpen"));
        ModelFixtures.Builder other = ModelFixtures.minimal().periods(TWO)
                .definition("screening_rate", "Andel tillfrågade", "Share asked", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                        "3", null)
                .share("2025H2", "screening_rate", "all", 60, 100, null, null, null)
                .share("2026H1", "screening_rate", "all", 60, 100, 75.0, null, null);
        assertThat(sentences(other.trend(atFlagLevel).build()))
                .anyMatch(s -> s.contains("än riket") && s.contains("sämre") && s.contains("slumpen"));
    }
}
