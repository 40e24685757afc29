package se.vinr.reports.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.ModelFixtures.Builder;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.model.Unit;

class MainPointsTest {

    private static final List<String> TWO = List.of("2025H2", "2026H1");

    private static Builder newCases(double before, double after, Significance change) {
        return ModelFixtures.minimal().periods(TWO)
                .definition("new_cases", "Nya ärenden", "New cases", Unit.COUNT, Polarity.NEITHER, "3", null)
                .count("2025H2", "new_cases", "all", before, null)
                .count("2026H1", "new_cases", "all", after, null)
                .trend("new_cases", "all", after - before, change, null, Significance.NOT_TESTED, Trend.TOO_FEW_POINTS, 2,
                        ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL);
    }

    private static List<MainPoint> points(ReportModel model) {
        return new MainPoints(new ReportFacts(SuppressionGuard.protect(model))).points();
    }

    @Test
    void aSignificantIncreaseIsSaidToBeLargerThanChance() {
        List<MainPoint> points = points(newCases(40, 62, Significance.SIGNIFICANT_INCREASE).build());

        assertThat(points).extracting(MainPoint::sentence).containsExactly(
                "Nya ärenden ökade från 40 till 62 sedan förra halvåret – en ökning större än slumpen kan förklara.");
    }

    @Test
    void aChangeThatIsNotSignificantIsNoMessageOfItsOwnButTheLevelIsStated() {
        List<MainPoint> points = points(newCases(40, 46, Significance.NOT_SIGNIFICANT).build());

        assertThat(points).singleElement().satisfies(point -> assertThat(point.sentence())
                .startsWith("Nya ärenden var 46 första halvåret 2026")
                .doesNotContain("större än slumpen", "ökade", "ökning", "ändrades", "slumpens variation"));
    }

    @Test
    void aFallInAShareThatShouldRiseIsCalledAWorsening() {
        ReportModel model = ModelFixtures.minimal().periods(TWO)
                .definition("risk_assessed_share", "Andel med riskbedömning", "Share risk-assessed", Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, "3", 90.0)
                .share("2025H2", "risk_assessed_share", "all", 45, 50, null, null, null)
                .share("2026H1", "risk_assessed_share", "all", 30, 50, null, null, null)
                .trend("risk_assessed_share", "all", -30.0, Significance.SIGNIFICANT_DECREASE, null, Significance.NOT_TESTED,
                        Trend.TOO_FEW_POINTS, 2, ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL)
                .build();

        assertThat(points(model)).extracting(MainPoint::sentence).containsExactly(
                "Andel med riskbedömning minskade från 90,0\u00A0% till 60,0\u00A0% sedan förra halvåret"
                        + " – en försämring större än slumpen kan förklara.");
    }

    @Test
    void aHiddenValueIsNeverQuotedInASentence() {
        ReportModel model = newCases(3, 62, Significance.SIGNIFICANT_INCREASE).build();

        assertThat(points(model)).extracting(MainPoint::sentence).containsExactly(
                "Nya ärenden ökade sedan förra halvåret – en ökning större än slumpen kan förklara.");
    }

    @Test
    void anEnglishModelGetsEnglishSentences() {
        ReportModel model = newCases(40, 62, Significance.SIGNIFICANT_INCREASE).language(Language.EN).build();

        assertThat(points(model)).extracting(MainPoint::sentence).containsExactly(
                "New cases rose from 40 to 62 since the previous half-year – an increase larger than chance can explain.");
    }

    @Test
    void atMostSixPointsAreRankedWithWorseningsFirst() {
        List<MainPoint> points = points(ModelFixtures.fullModel());

        assertThat(points).hasSize(MainPoints.MAX);
        assertThat(points.get(0).indicator()).isEqualTo("risk_assessed_share");
        assertThat(points).extracting(MainPoint::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(points).extracting(MainPoint::indicator).doesNotHaveDuplicates();
    }

    @Test
    void anIndicatorWorseThanSwedenAndWorseningIsNamedFirst() {
        List<MainPoint> worsening = new Worsening(new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel())))
                .indicators();

        assertThat(worsening).extracting(MainPoint::indicator).containsExactly("risk_assessed_share");
        assertThat(worsening.get(0).sentence()).startsWith("Andel med strukturerad riskbedömning: 61,7\u00A0% mot Riket 82,0\u00A0%")
                .contains("sämre än jämförelsen").contains("mer än slumpen kan förklara");
    }

    @Test
    void anIndicatorWorseThanSwedenButImprovingIsNotNamedFirst() {
        ReportModel model = ModelFixtures.minimal().periods(TWO)
                .definition("screening_rate", "Andel som fått frågan", "Share asked", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                        "3", 100.0)
                .share("2025H2", "screening_rate", "all", 100, 200, 80.0, null, null)
                .share("2026H1", "screening_rate", "all", 130, 200, 80.0, null, null)
                .trend("screening_rate", "all", 15.0, Significance.SIGNIFICANT_INCREASE, null, Significance.NOT_TESTED,
                        Trend.TOO_FEW_POINTS, 2, ControlSignal.NOT_ASSESSED, GoalAssurance.NO_GOAL)
                .build();

        assertThat(new Worsening(new ReportFacts(model)).indicators()).isEmpty();
        assertThat(points(model)).extracting(MainPoint::sentence)
                .anySatisfy(s -> assertThat(s).contains("en förbättring större än slumpen kan förklara"));
    }
}
