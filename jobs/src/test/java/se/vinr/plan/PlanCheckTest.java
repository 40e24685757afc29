package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Language;

class PlanCheckTest {

    private final PlanCheck check = new PlanCheck(PlanFixtures.loader());

    @Test
    void sortsHarnosandsIndicatorsByWhereTheirValuesComeFrom() {
        PlanCheckResult result = check.check(PlanFixtures.HARNOSAND,
                Set.of("new_cases", "risk_assessments", "interventions", "training_basic_coverage"));

        assertThat(result.computable()).extracting(ActionPlan.Indicator::id)
                .containsExactly("D2.I1", "D3.I1", "D3.I3", "D3.I4");
        assertThat(result.awaitingData()).extracting(ActionPlan.Indicator::id).containsExactly("D2.I4");
        assertThat(result.manual()).hasSize(18).allSatisfy(i -> assertThat(i.isManual()).isTrue());
    }

    @Test
    void printsTheResultInSwedish() {
        String text = check.check(PlanFixtures.HARNOSAND, Set.of("new_cases")).format(Language.SV);

        assertThat(text)
                .startsWith("Handlingsplanen harnosand.yaml är giltig: \"Handlingsplan mot våld i nära relationer\", kommun 2280.\n"
                        + "4 delmål, 22 aktiviteter, 23 indikatorer (5 beräknas ur data, 18 rapporteras för hand).\n")
                .contains("Kan beräknas ur de data som är inlästa (1):\n  D3.I3  [new_cases]  Antal ärenden\n")
                .contains("Beräknas ur data, men inga data är inlästa ännu (4):\n")
                .contains("Rapporteras för hand i plan_status.csv")
                .contains("  D1.I2  [antal]  Antal besök på Härnösands kommuns hemsida om våld i nära relationer\n");
    }

    @Test
    void printsTheResultInEnglishWhenAsked() {
        String text = check.check(PlanFixtures.HARNOSAND, Set.of()).format(Language.EN);

        assertThat(text)
                .startsWith("The action plan harnosand.yaml is valid: ")
                .contains("4 sub-goals, 22 activities, 23 indicators (5 computed from data, 18 reported by hand).")
                .doesNotContain("Computable from the data loaded so far")
                .contains("Computed from data, but none loaded yet (5):")
                .contains("  D1.I5  [percent]  Andel deltagare på kunskapsdag om våld i nära relationer\n");
    }

    @Test
    void saysSoWhenAPlanDefinesNoIndicators() {
        String text = check.check(PlanFixtures.ASKERSUND, Set.of("new_cases")).format(Language.SV);

        assertThat(text).isEqualTo("Handlingsplanen askersund.yaml är giltig: "
                + "\"Handlingsplan gällande våld i nära relation 2026–2028\", kommun 1882.\n"
                + "4 delmål, 13 aktiviteter, 0 indikatorer. Planen har inga egna indikatorer.\n");
    }

    @Test
    void rejectsAnInvalidPlan() {
        assertThatThrownBy(() -> check.check(PlanFixtures.badPlan("unknown-computed.yaml"), Set.of()))
                .isInstanceOf(ActionPlanException.class)
                .hasMessageContaining("unknown-computed.yaml line 15, indicator D3.I1");
    }
}
