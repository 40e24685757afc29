package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ActionPlanLoaderTest {

    private static final String MINIMAL = """
            format_version: 1
            municipality: "2280"
            title: "Plan"
            source: "test"
            sub_goals:
              - id: "D1"
                title: "Kunskap"
                activities:
                  - id: "D1.A1"
                    text: "Informera."
                    responsible: "Kommundirektör"
                indicators:
                  - id: "D1.I1"
                    title: "Antal besök"
                    manual: true
                    unit: count
            """;

    private final ActionPlanLoader loader = PlanFixtures.loader();

    @Test
    void loadsHarnosandWithEverySubGoalActivityAndIndicator() {
        ActionPlan plan = loader.load(PlanFixtures.HARNOSAND);

        assertThat(plan.municipality().code()).isEqualTo("2280");
        assertThat(plan.subGoals()).extracting(ActionPlan.SubGoal::id).containsExactly("D1", "D2", "D3", "D4");
        assertThat(plan.subGoals()).extracting(g -> g.activities().size()).containsExactly(6, 7, 4, 5);
        assertThat(plan.activities()).hasSize(22);
        assertThat(plan.indicators()).hasSize(23);
        assertThat(plan.indicators()).filteredOn(i -> !i.isManual()).extracting(ActionPlan.Indicator::computed)
                .containsExactly("training_basic_coverage", "elected_trained_share", "interventions", "new_cases",
                        "risk_assessments");
        assertThat(plan.indicators()).filteredOn(ActionPlan.Indicator::isManual).hasSize(18)
                .allSatisfy(i -> assertThat(i.unit()).isNotNull());
        assertThat(plan.validFrom()).isNull();
        assertThat(plan.visionTitle()).isEqualTo("Nollvision");
        assertThat(plan.followUpFrequency()).isEqualTo(FollowUpFrequency.YEARLY);
        assertThat(plan.vulnerableGroups()).hasSize(5);
    }

    @Test
    void keepsTheOptionalActivityKeysOfHarnosand() {
        ActionPlan plan = loader.load(PlanFixtures.HARNOSAND);

        ActionPlan.Activity training = plan.activity("D2.A1").orElseThrow();
        assertThat(training.starts()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(training.measuredBy()).containsExactly("training_basic_coverage", "training_advanced_coverage");
        assertThat(plan.activity("D1.A5").orElseThrow().recurring()).isTrue();
        assertThat(plan.activity("D1.A1").orElseThrow().recurring()).isFalse();
        assertThat(plan.indicator("D3.I3").orElseThrow().planText())
                .isEqualTo("Antal ärenden och antal riskbedömningar som genomförts.");
        assertThat(plan.indicator("D1.I5").orElseThrow().unit()).isEqualTo(IndicatorUnit.PERCENT);
    }

    @Test
    void loadsAskersundWithEveryAreaAndActivity() {
        ActionPlan plan = loader.load(PlanFixtures.ASKERSUND);

        assertThat(plan.municipality().code()).isEqualTo("1882");
        assertThat(plan.subGoals()).extracting(ActionPlan.SubGoal::id).containsExactly("O1", "O2", "O3", "O4");
        assertThat(plan.subGoals()).extracting(g -> g.activities().size()).containsExactly(5, 4, 1, 3);
        assertThat(plan.activities()).hasSize(13);
        assertThat(plan.indicators()).isEmpty();
        assertThat(plan.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(plan.validTo()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(plan.vision()).isNull();
        assertThat(plan.overallGoal()).startsWith("Handlingsplanens övergripande mål");

        ActionPlan.Activity webTraining = plan.activity("O1.A4").orElseThrow();
        assertThat(webTraining.timeFrame()).isEqualTo("2026-2028 och fortlöpande vid nyanställning");
        assertThat(webTraining.starts()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(webTraining.due()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(webTraining.recurring()).isTrue();
        ActionPlan.Activity statistics = plan.activity("O4.A3").orElseThrow();
        assertThat(statistics.timesPerYear()).isEqualTo(2);
        assertThat(statistics.action()).isEqualTo(plan.activity("O4.A2").orElseThrow().action());
    }

    @Test
    void rejectsAnUnknownNestedKeyNamingFileLineAndActivity() {
        ActionPlanException e = failure(PlanFixtures.badPlan("unknown-key.yaml"));

        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage())
                .contains("unknown-key.yaml line 11, activity D1.A1: unknown key 'respnsible'")
                .contains("unknown-key.yaml line 9, activity D1.A1: required key 'responsible' is missing");
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        ActionPlanException e = failure(MINIMAL.replace("source:", "vission: \"x\"\nsource:"));

        assertThat(e.getMessage()).contains("inline.yaml line 4: unknown key 'vission'");
    }

    @Test
    void rejectsADuplicateActivityIdNamingBothLines() {
        ActionPlanException e = failure(PlanFixtures.badPlan("duplicate-id.yaml"));

        assertThat(e.problems()).singleElement().hasToString(
                "duplicate-id.yaml line 12, activity D1.A1: duplicate id 'D1.A1', already used on line 9");
    }

    @Test
    void rejectsAnIndicatorIdThatRepeatsInAnotherSubGoal() {
        String twoGoals = MINIMAL + """
                  - id: "D2"
                    title: "Prevention"
                    activities:
                      - id: "D2.A1"
                        text: "Utbilda."
                        responsible: "Samordnare"
                    indicators:
                      - id: "D1.I1"
                        title: "Antal"
                        manual: true
                        unit: count
                """;

        ActionPlanException e = failure(twoGoals);

        assertThat(e.getMessage()).contains("duplicate id 'D1.I1', already used on line 13")
                .contains("indicator id 'D1.I1' must be the sub-goal's id, .I and a number, such as D2.I1");
    }

    @Test
    void rejectsAComputedIdOutsideTheCatalogue() {
        ActionPlanException e = failure(PlanFixtures.badPlan("unknown-computed.yaml"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.where()).isEqualTo("indicator D3.I1");
            assertThat(p.message()).isEqualTo(
                    "'computed' names 'screening_rat', which is not in the indicator catalogue; did you mean 'screening_rate'?");
        });
    }

    @Test
    void acceptsAComputedIdOnlyWhenTheGivenCatalogueHasIt() {
        ActionPlanLoader withIt = new ActionPlanLoader(java.util.Set.of("screening_rat"));

        assertThat(withIt.load(PlanFixtures.badPlan("unknown-computed.yaml")).indicator("D3.I1").orElseThrow()
                .computed()).isEqualTo("screening_rat");
    }

    @Test
    void rejectsAMeasuredByIdOutsideTheCatalogue() {
        ActionPlanException e = failure(MINIMAL.replace("responsible: \"Kommundirektör\"",
                "responsible: \"Kommundirektör\"\n        measured_by: [new_cases, old_cases]"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).startsWith("'measured_by' names 'old_cases', which is not in the indicator catalogue (known: active_cases, ");
        });
    }

    @Test
    void rejectsAnImpossibleDate() {
        ActionPlanException e = failure(PlanFixtures.badPlan("bad-date.yaml"));

        assertThat(e.problems()).singleElement().hasToString("bad-date.yaml line 13, activity O2.A1: "
                + "'due' must be a real date written yyyy-mm-dd, such as 2026-12-31, not '2026-02-30'");
    }

    @Test
    void rejectsADateInAnotherForm() {
        ActionPlanException e = failure(MINIMAL.replace("source: \"test\"", "source: \"test\"\nvalid_from: 1/1/2026"));

        assertThat(e.getMessage()).contains("line 5: 'valid_from' must be a real date written yyyy-mm-dd")
                .contains("not '1/1/2026'");
    }

    @Test
    void rejectsADueDateBeforeTheStart() {
        ActionPlanException e = failure(PlanFixtures.badPlan("due-before-starts.yaml"));

        assertThat(e.problems()).singleElement().hasToString(
                "due-before-starts.yaml line 13, activity O1.A1: 'due' 2026-12-31 is before 'starts' 2027-01-01");
    }

    @Test
    void rejectsASubGoalWithoutActivities() {
        ActionPlanException e = failure(PlanFixtures.badPlan("sub-goal-without-activities.yaml"));

        assertThat(e.problems()).singleElement().hasToString(
                "sub-goal-without-activities.yaml line 15, sub-goal O2: has no activities; every sub-goal needs at least one");
    }

    @Test
    void rejectsMissingRequiredKeysOfThePlan() {
        ActionPlanException e = failure(MINIMAL.replace("title: \"Plan\"\n", "").replace("source: \"test\"\n", ""));

        assertThat(e.problems()).extracting(PlanProblem::message).containsExactly(
                "required key 'title' is missing", "required key 'source' is missing");
    }

    @Test
    void rejectsAnIndicatorThatIsNeitherComputedNorManual() {
        ActionPlanException e = failure(MINIMAL.replace("        manual: true\n        unit: count\n", ""));

        assertThat(e.problems()).singleElement().hasToString(
                "inline.yaml line 13, indicator D1.I1: needs either 'computed: <catalogue id>' or 'manual: true'");
    }

    @Test
    void rejectsAnIndicatorThatIsBothComputedAndManual() {
        ActionPlanException e = failure(MINIMAL.replace("manual: true", "manual: true\n        computed: new_cases"));

        assertThat(e.getMessage()).contains("indicator D1.I1: has both 'computed' and 'manual'");
    }

    @Test
    void rejectsAManualIndicatorWithoutAUnit() {
        ActionPlanException e = failure(MINIMAL.replace("        unit: count\n", ""));

        assertThat(e.getMessage()).contains("indicator D1.I1: required key 'unit' is missing");
    }

    @Test
    void rejectsTimesPerYearOnAnActivityThatDoesNotRecur() {
        ActionPlanException e = failure(MINIMAL.replace("responsible: \"Kommundirektör\"",
                "responsible: \"Kommundirektör\"\n        times_per_year: 2"));

        assertThat(e.getMessage()).contains("line 12, activity D1.A1: 'times_per_year' is only for a recurring activity");
    }

    @Test
    void rejectsABooleanWrittenAsAWord() {
        ActionPlanException e = failure(MINIMAL.replace("responsible: \"Kommundirektör\"",
                "responsible: \"Kommundirektör\"\n        recurring: ja"));

        assertThat(e.getMessage()).contains("'recurring' must be true or false, not 'ja'");
    }

    @Test
    void rejectsAnUnquotedMunicipalityCodeThatLostItsLeadingZero() {
        ActionPlanException e = failure(MINIMAL.replace("municipality: \"2280\"", "municipality: 180"));

        assertThat(e.getMessage()).contains("line 2: 'municipality' must be text (put it in quotes)");
    }

    @Test
    void rejectsAFormatVersionItDoesNotKnowWithoutFurtherComplaints() {
        ActionPlanException e = failure(MINIMAL.replace("format_version: 1", "format_version: 2\nnew_key: x"));

        assertThat(e.problems()).singleElement().hasToString(
                "inline.yaml line 1: format_version 2 is not known to this version of vinr, which reads format_version 1");
    }

    @Test
    void rejectsAKeyGivenTwiceInOneMapping() {
        ActionPlanException e = failure(MINIMAL.replace("title: \"Plan\"", "title: \"Plan\"\ntitle: \"Igen\""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("the key 'title' is given twice in the same mapping");
        });
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
        ActionPlanException e = failure(MINIMAL.replace("title: \"Kunskap\"",
                "title: [\"Kunskap\""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("not readable as YAML");
        });
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> load("# nothing yet\n")).isInstanceOf(ActionPlanException.class)
                .hasMessageContaining("inline.yaml: the file is empty");
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> loader.load(Path.of("no-such-plan.yaml"))).isInstanceOf(ActionPlanException.class)
                .hasMessageContaining("no-such-plan.yaml").hasMessageContaining("cannot be read");
    }

    @Test
    void listsEveryProblemOfAFileAtOnce() {
        String bad = MINIMAL.replace("responsible: \"Kommundirektör\"", "responsible: \"Kommundirektör\"\n        due: 2026-13-01")
                .replace("unit: count", "unit: pieces");

        ActionPlanException e = failure(bad);

        assertThat(e.problems()).extracting(PlanProblem::line).containsExactly(12, 17);
        assertThat(e.getMessage()).startsWith("The action plan inline.yaml cannot be used (2 problems): ");
    }

    private ActionPlanException failure(Path file) {
        ActionPlanException e = catchThrowableOfType(ActionPlanException.class, () -> loader.load(file));
        assertThat(e).as("the plan should have been rejected").isNotNull();
        return e;
    }

    private ActionPlanException failure(String yaml) {
        ActionPlanException e = catchThrowableOfType(ActionPlanException.class, () -> load(yaml));
        assertThat(e).as("the plan should have been rejected").isNotNull();
        return e;
    }

    private ActionPlan load(String yaml) {
        return loader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inline.yaml");
    }
}
