package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.indicators.KnownWarehouse.ASKERSUND;
import static se.vinr.indicators.KnownWarehouse.HARNOSAND;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator query against {@link KnownWarehouse}, whose truth was worked out by hand from the
 * definitions (docs/contract.md#5a-indicators and the file headers). Comments give the reasoning for each figure.
 */
class IndicatorQueriesTest {

    private static TestWarehouse warehouse;
    private static List<RawIndicatorRow> rows;
    private static final Map<String, RawIndicatorRow> BY_KEY = new HashMap<>();

    @BeforeAll
    static void runEveryIndicator() throws Exception {
        warehouse = KnownWarehouse.build();
        rows = new IndicatorRunner(ProjectSql.catalogue()).run(warehouse.connection());
        for (RawIndicatorRow row : rows) {
            BY_KEY.put(key(row.indicator(), row.municipality(), row.period(), row.breakdown()), row);
        }
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void newCasesCountPersonsByTheOpeningDateOfTheirRows() {
        // 2026H1: P1 P2 P3 (C1), P6 (C4, C5), P7, P8, P4 (C10), P9, P11 (added to the older C13), P12, P13.
        count("new_cases", "2026H1", "all", 11);
        count("new_cases", "2026H1", "role=victim", 7);        // P1 P4 P6 P8 P9 P12 P13
        count("new_cases", "2026H1", "role=perpetrator", 2);   // P2, and P6 who is also a victim
        count("new_cases", "2026H1", "role=child_witness", 2); // P3, P11
        count("new_cases", "2026H1", "role=child_victim", 1);  // P7
        // 2025H2: C2, C3, C8, C13, C17, C20 — not C2 again in 2026H1 although it closed there.
        count("new_cases", "2025H2", "all", 6);
        count("new_cases", "2025H2", "role=victim", 4);
        count("new_cases", "2025H2", "role=child_victim", 0);
    }

    @Test
    void newVictimsAreDescribedOnceBySexAndAgeBandOfTheirFirstVictimRow() {
        count("new_cases", "2026H1", "role=victim;sex=K", 4); // P1 P4 P8 P12
        count("new_cases", "2026H1", "role=victim;sex=M", 2); // P6 P13
        count("new_cases", "2026H1", "role=victim;sex=X", 1); // P9
        count("new_cases", "2026H1", "role=victim;age_band=0-17", 1);  // P8 at 17
        count("new_cases", "2026H1", "role=victim;age_band=18-24", 1); // P12 at 18
        count("new_cases", "2026H1", "role=victim;age_band=25-44", 3); // P1, P4, P13 at 44 (not at 45 in C18)
        count("new_cases", "2026H1", "role=victim;age_band=45-64", 1); // P9
        count("new_cases", "2026H1", "role=victim;age_band=65-79", 1); // P6
        count("new_cases", "2026H1", "role=victim;age_band=80+", 0);
        count("new_cases", "2025H2", "role=victim;sex=M", 0);
    }

    @Test
    void newVictimsAreCountedBySexAndAgeBandTogetherZerosIncluded() {
        count("new_cases", "2026H1", "role=victim;sex=K;age_band=0-17", 1);  // P8
        count("new_cases", "2026H1", "role=victim;sex=K;age_band=18-24", 1); // P12
        count("new_cases", "2026H1", "role=victim;sex=K;age_band=25-44", 2); // P1, P4
        count("new_cases", "2026H1", "role=victim;sex=M;age_band=25-44", 1); // P13 at 44
        count("new_cases", "2026H1", "role=victim;sex=M;age_band=65-79", 1); // P6
        count("new_cases", "2026H1", "role=victim;sex=X;age_band=45-64", 1); // P9
        count("new_cases", "2026H1", "role=victim;sex=M;age_band=45-64", 0); // not P13 at 45 in C18
        count("new_cases", "2026H1", "role=victim;sex=X;age_band=80+", 0);
        count("new_cases", "2025H2", "role=victim;sex=M;age_band=18-24", 0);
    }

    @Test
    void activeCasesIncludeCarriedOverCasesAndExcludeThoseClosedBeforeThePeriod() {
        // Not P5 (C3 closed 2025-12-20); P4 counts through C2, closed 2026-03-15; P10 through the open C13.
        count("active_cases", "2026H1", "all", 12);
        count("active_cases", "2026H1", "role=victim", 8);      // P1 P4 P6 P8 P9 P10 P12 P13
        count("active_cases", "2026H1", "role=perpetrator", 3); // P2, P6, and P13 whose C17 closed on 1 January
        count("active_cases", "2026H1", "role=child_victim", 1); // P7; P12's C15 closed in 2025
        count("active_cases", "2026H1", "role=child_witness", 2);
        count("active_cases", "2025H2", "all", 6);               // P1 P4 P5 P6 P10 P13
        count("active_cases", "2025H2", "role=perpetrator", 2);
    }

    @Test
    void newVictimsRateCountsAdultsOverTheLatestPopulationUpToThePeriodsYear() {
        // 18+ at opening: P1 P4 P6 P9 P12 P13, not P8 (17). Härnösand has no 18+ before 2027, so 20+ of 2021.
        fraction("new_victims_rate", HARNOSAND, "2026H1", "all", 6, 20_000.0);
        fraction("new_victims_rate", HARNOSAND, "2026H1", "sex=K", 3, null); // no population by sex
        fraction("new_victims_rate", HARNOSAND, "2026H1", "sex=M", 2, null);
        fraction("new_victims_rate", HARNOSAND, "2025H2", "all", 4, 20_000.0);
        // Askersund has 18+ by sex for 2024; the newer 20+ of 2025 for women is only a fallback.
        fraction("new_victims_rate", ASKERSUND, "2026H1", "all", 2, 9_000.0);
        fraction("new_victims_rate", ASKERSUND, "2026H1", "sex=K", 1, 4_400.0);
        fraction("new_victims_rate", ASKERSUND, "2026H1", "sex=M", 1, 4_600.0);
    }

    @Test
    void newChildrenRateCountsChildVictimsAndWitnesses() {
        fraction("new_children_rate", HARNOSAND, "2026H1", "all", 3, 5_000.0); // P3 P7 P11, over 0-19 of 2021
        fraction("new_children_rate", HARNOSAND, "2025H2", "all", 0, 5_000.0);
        fraction("new_children_rate", ASKERSUND, "2026H1", "all", 0, 2_000.0);
    }

    @Test
    void screeningCountsContactsInsideThePeriodByUnit() {
        // 2026H1: K1 K2 K3 K4 K5 K7; K6 (31 Dec 2025) and K8 belong to 2025H2.
        fraction("screening_rate", HARNOSAND, "2026H1", "all", 4, 6.0);
        fraction("screening_rate", HARNOSAND, "2026H1", "unit=IFO vuxen", 2, 3.0);
        fraction("screening_rate", HARNOSAND, "2026H1", "unit=Biståndsenheten", 1, 2.0);
        fraction("screening_rate", HARNOSAND, "2026H1", "unit=IFO barn", 1, 1.0);
        fraction("screening_rate", HARNOSAND, "2026H1", "unit=Mottagningen", 0, 0.0); // seen only in 2025H2
        fraction("screening_rate", HARNOSAND, "2025H2", "all", 1, 2.0);
        fraction("screening_rate", HARNOSAND, "2025H2", "unit=Mottagningen", 0, 1.0);
        fraction("screening_rate", ASKERSUND, "2026H1", "all", 0, 0.0);
    }

    @Test
    void disclosureAndItsOutcomeCountOnlyContactsOfThePeriod() {
        fraction("disclosure_rate", HARNOSAND, "2026H1", "all", 2, 4.0);       // K1 K7 of K1 K2 K4 K7
        fraction("disclosure_rate", HARNOSAND, "2025H2", "all", 1, 1.0);
        fraction("disclosed_led_to_case", HARNOSAND, "2026H1", "all", 1, 3.0); // K1 of K1 K3 K7
        fraction("disclosed_led_to_case", HARNOSAND, "2025H2", "all", 1, 1.0);
        fraction("disclosure_rate", ASKERSUND, "2026H1", "all", 0, 0.0);
    }

    @Test
    void riskAssessedShareCountsOnlyAssessmentsFromOpeningToPeriodEndForTheSamePerson() {
        // Pairs: C1/P1 C4/P6 C6/P7 C7/P8 C10/P4 C12/P9 C14/P12 C16/P13 C18/P13 C21/P8. Assessed: C1/P1,
        // C6/P7, C12/P9, C16/P13 (on the opening day). Not C4/P6 (before opening), C10/P4 (after the
        // period), C14/P12 (the assessment is of another person).
        fraction("risk_assessed_share", HARNOSAND, "2026H1", "all", 4, 10.0);
        fraction("risk_assessed_share", HARNOSAND, "2026H1", "role=victim", 3, 9.0);
        fraction("risk_assessed_share", HARNOSAND, "2026H1", "role=child_victim", 1, 1.0);
        fraction("risk_assessed_share", HARNOSAND, "2025H2", "all", 1, 4.0);
        fraction("risk_assessed_share", HARNOSAND, "2025H2", "role=child_victim", 0, 0.0);
        fraction("risk_assessed_share", ASKERSUND, "2026H1", "all", 0, 2.0);
    }

    @Test
    void daysToRiskAssessmentIsTheMedianOverFirstAssessments() {
        // 0, 5, 10 (A1, not the later A2), 20: median 7.5 over 4 pairs.
        RawIndicatorRow row = row("days_to_risk_assessment", HARNOSAND, "2026H1", "all");
        assertThat(row.numerator()).isNull();
        assertThat(row.denominator()).isEqualTo(4.0);
        assertThat(row.value()).isEqualTo(7.5);
        assertThat(row("days_to_risk_assessment", HARNOSAND, "2025H2", "all").value()).isEqualTo(4.0);
        RawIndicatorRow none = row("days_to_risk_assessment", ASKERSUND, "2026H1", "all");
        assertThat(none.denominator()).isZero();
        assertThat(none.value()).isNull();
    }

    @Test
    void riskAssessmentsAreCountedByDateAndMethod() {
        count("risk_assessments", "2026H1", "all", 7); // A1 A2 A3 A4 A6 A8 A9
        count("risk_assessments", "2026H1", "method=FREDA_KORTFRAGOR", 2);
        count("risk_assessments", "2026H1", "method=SARA_SV", 1);
        count("risk_assessments", "2026H1", "method=OTHER", 0);
        count("risk_assessments", "2025H2", "method=OTHER", 1);
    }

    @Test
    void interventionsAreCountedByStartAndType() {
        count("interventions", "2026H1", "all", 7); // not I4 (July) nor I5 (2025)
        count("interventions", "2026H1", "type=perpetrator_programme", 2);
        count("interventions", "2026H1", "type=protected_housing", 1);
        count("interventions", "2025H2", "type=protected_housing", 1);
        count("interventions", "2025H2", "type=support_talks", 0);
    }

    @Test
    void interventionsPerVictimCaseCountInterventionsOnCasesWithANewVictimRow() {
        // Cases C1 C4 C7 C10 C12 C14 C16 C18 C21; interventions I1 I2 I3 I6 I7 (not I8: C13 is older).
        fraction("interventions_per_victim_case", HARNOSAND, "2026H1", "all", 5, 9.0);
        fraction("interventions_per_victim_case", HARNOSAND, "2025H2", "all", 1, 4.0);
    }

    @Test
    void perpetratorProgrammeShareNeedsTheProgrammeOnThatCaseByThePeriodEnd() {
        // P2 has it on C1; P6's is on C5 but starts in July, and I9 is on his older C20.
        fraction("perpetrator_programme_share", HARNOSAND, "2026H1", "all", 1, 2.0);
        fraction("perpetrator_programme_share", HARNOSAND, "2025H2", "all", 0, 2.0);
    }

    @Test
    void basicTrainingCoverageCountsEarlierCompletionsAndEachPersonOnceInTheirLatestDepartment() {
        // E1 (2025, then in Skolförvaltningen), E2, E3 (twice), E10 — not E7 (elected) nor E8 (July).
        fraction("training_basic_coverage", HARNOSAND, "2026H1", "all", 4, 32.0);
        fraction("training_basic_coverage", HARNOSAND, "2026H1", "department=Socialförvaltningen", 1, 12.0);
        fraction("training_basic_coverage", HARNOSAND, "2026H1", "department=Skolförvaltningen", 2, 20.0);
        fraction("training_basic_coverage", HARNOSAND, "2026H1", "department=Kultur", 1, 0.0);
        fraction("training_basic_coverage", HARNOSAND, "2026H1", "department=Politik", 0, 0.0);
        fraction("training_basic_coverage", HARNOSAND, "2025H2", "all", 2, 13.0);
        fraction("training_basic_coverage", HARNOSAND, "2025H2", "department=Socialförvaltningen", 1, 8.0);
        fraction("training_basic_coverage", ASKERSUND, "2026H1", "all", 0, null); // no headcount loaded
        fraction("training_advanced_coverage", HARNOSAND, "2026H1", "all", 1, 32.0);
        fraction("training_advanced_coverage", HARNOSAND, "2025H2", "department=Kultur", 0, 5.0);
    }

    @Test
    void electedTrainedShareCountsOnlyElectedPersons() {
        fraction("elected_trained_share", HARNOSAND, "2026H1", "all", 1, 15.0); // E5, not employee E6
        fraction("elected_trained_share", HARNOSAND, "2025H2", "all", 0, 15.0);
        fraction("elected_trained_share", ASKERSUND, "2026H1", "all", 0, null);
    }

    @Test
    void trainingCompletionsCountCoursesInThePeriod() {
        count("training_completions", "2026H1", "all", 9);
        count("training_completions", "2026H1", "course=basic", 5);
        count("training_completions", "2026H1", "course=elected_day", 2);
        count("training_completions", "2026H1", "course=other", 0);
        count("training_completions", "2025H2", "all", 2);
    }

    @Test
    void violenceTypesAreCountedPerNewCase() {
        // New cases 2026H1: C1 C4 C5 C6 C7 C10 C12 C14 C16 C18 C21 (not C13, opened 2025).
        count("new_cases_by_violence_type", "2026H1", "all", 11);
        count("new_cases_by_violence_type", "2026H1", "violence_type=physical", 4); // C1 C5 C10 C14
        count("new_cases_by_violence_type", "2026H1", "violence_type=psychological", 3);
        count("new_cases_by_violence_type", "2026H1", "violence_type=latent", 0);
        count("new_cases_by_violence_type", "2026H1", "violence_type=fgm", 1);
        count("new_cases_by_violence_type", "2025H2", "violence_type=physical", 5); // C2 C8 C13 C17 C20
        count("new_cases_by_violence_type", "2025H2", "violence_type=latent", 0);  // C13's later row
        count("honour_cases", "2026H1", "all", 2); // C4 (honour, forced marriage), C7 (fgm)
        count("honour_cases", "2025H2", "all", 0);
    }

    @Test
    void vulnerableGroupsAreCountedAmongNewVictimsAndChildren() {
        count("new_cases_vulnerable_groups", "2026H1", "all", 10);
        count("new_cases_vulnerable_groups", "2026H1", "group=disability", 1);         // P1
        count("new_cases_vulnerable_groups", "2026H1", "group=age_65_plus", 1);        // P6
        count("new_cases_vulnerable_groups", "2026H1", "group=lgbtq", 1);              // P6
        count("new_cases_vulnerable_groups", "2026H1", "group=foreign_background", 2); // P6 P12
        count("new_cases_vulnerable_groups", "2026H1", "group=children", 4);           // P3 P7 P11, P8 at 17
        count("new_cases_vulnerable_groups", "2025H2", "group=disability", 0);
    }

    @Test
    void repeatVictimisationLooksBackFromEachNewVictimCase() {
        // Of P1 P4 P6 P8 P9 P12 P13: P1 (C8), P4 (C2), P12 (C15 exactly 12 months before), P13 (C16 before
        // C18). Not P6 (earlier cases as perpetrator), P8 (two cases the same day), P9 (22 months).
        fraction("repeat_victimisation_12m", HARNOSAND, "2026H1", "all", 4, 7.0);
        fraction("repeat_victimisation_24m", HARNOSAND, "2026H1", "all", 5, 7.0); // and P9
        fraction("repeat_victimisation_12m", HARNOSAND, "2025H2", "all", 0, 4.0);
        fraction("repeat_victimisation_24m", ASKERSUND, "2026H1", "all", 0, 2.0);
    }

    @Test
    void everyIndicatorHasARowForEveryLoadedPeriodAndNothingElse() {
        for (IndicatorSpec spec : ProjectSql.catalogue().specs()) {
            assertThat(rows).filteredOn(r -> r.indicator().equals(spec.id()) && r.breakdown().equals("all"))
                    .extracting(r -> r.municipality() + " " + r.period())
                    .as(spec.id())
                    .containsExactlyInAnyOrder("1882 2026H1", "2280 2025H2", "2280 2026H1");
        }
    }

    @Test
    void countsHaveNoDenominatorAndOnlyTheMedianCarriesAValue() {
        ProjectSql.catalogue().specs().forEach(spec -> rows.stream()
                .filter(r -> r.indicator().equals(spec.id()))
                .forEach(r -> {
                    switch (spec.definition().unit()) {
                        case COUNT -> assertThat(r.denominator()).as(spec.id()).isNull();
                        case DAYS -> assertThat(r.numerator()).as(spec.id()).isNull();
                        default -> assertThat(r.value()).as(spec.id()).isNull();
                    }
                    if (r.numerator() != null) {
                        assertThat(r.numerator() % 1).as(spec.id() + " whole numerator").isZero();
                    }
                }));
    }

    private static void count(String indicator, String period, String breakdown, long expected) {
        RawIndicatorRow row = row(indicator, HARNOSAND, period, breakdown);
        assertThat(row.numerator()).as(indicator + " " + period + " " + breakdown).isEqualTo((double) expected);
        assertThat(row.denominator()).isNull();
        assertThat(row.value()).isNull();
    }

    private static void fraction(String indicator, String municipality, String period, String breakdown,
                                 long numerator, Double denominator) {
        RawIndicatorRow row = row(indicator, municipality, period, breakdown);
        String what = indicator + " " + municipality + " " + period + " " + breakdown;
        assertThat(row.numerator()).as(what + " numerator").isEqualTo((double) numerator);
        assertThat(row.denominator()).as(what + " denominator").isEqualTo(denominator);
        assertThat(row.value()).as(what + " value").isNull();
    }

    private static RawIndicatorRow row(String indicator, String municipality, String period, String breakdown) {
        return Optional.ofNullable(BY_KEY.get(key(indicator, municipality, period, breakdown)))
                .orElseThrow(() -> new AssertionError("no row " + key(indicator, municipality, period, breakdown)));
    }

    private static String key(String indicator, String municipality, String period, String breakdown) {
        return indicator + "|" + municipality + "|" + period + "|" + breakdown;
    }
}
