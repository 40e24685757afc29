package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

class PopulationLabelTest {

    private static final IndicatorDefinition ADULTS = new IndicatorDefinition("new_victims_rate",
            "Nya våldsutsatta vuxna per 10 000 invånare 18 år och äldre", "New adult victims per 10,000 inhabitants aged 18+",
            "", "", Unit.PER_10000, "victims", "population aged 18+ (fallback 20+)", Polarity.NEITHER, "", "", null, java.util.Set.of());
    private static final IndicatorDefinition CHILDREN = new IndicatorDefinition("new_children_rate",
            "Barn med nytt ärende per 10 000 invånare 0–17 år", "Children with a new case per 10,000 inhabitants aged 0–17",
            "", "", Unit.PER_10000, "children", "population aged 0-17 (fallback 0-19)", Polarity.NEITHER, "", "", null, java.util.Set.of());

    @Test
    void aRateDividedByThe20PlusPopulationSaysSoAndNever18Plus() {
        IndicatorDefinition label = PopulationLabel.relabel(ADULTS, "18+", Map.of("2024H2", "20+", "2025H1", "20+"));

        assertThat(label.titleSv()).isEqualTo("Nya våldsutsatta vuxna per 10 000 invånare 20 år och äldre")
                .doesNotContain("18");
        assertThat(label.titleEn()).isEqualTo("New adult victims per 10,000 inhabitants aged 20+");
        assertThat(label.denominatorDefinition()).startsWith("population 20+ used instead of 18+");
        assertThat(label.descriptionSv()).endsWith("I den här rapporten är nämnaren invånare 20 år och äldre.");
    }

    @Test
    void aChildRateDividedBy0To19SaysSo() {
        IndicatorDefinition label = PopulationLabel.relabel(CHILDREN, "0-17", Map.of("2025H1", "0-19"));

        assertThat(label.titleSv()).isEqualTo("Barn med nytt ärende per 10 000 invånare 0–19 år");
        assertThat(label.titleEn()).endsWith("aged 0–19");
    }

    @Test
    void keepsTheLabelWhenTheWantedPopulationWasUsedThroughout() {
        assertThat(PopulationLabel.relabel(ADULTS, "18+", Map.of("2025H1", "18+"))).isSameAs(ADULTS);
    }

    @Test
    void aChangeOfPopulationWithinTheReportIsNamedAndBreaksTheSeries() {
        Map<String, String> used = Map.of("2024H1", "20+", "2024H2", "20+", "2025H1", "18+", "2025H2", "18+");

        IndicatorDefinition label = PopulationLabel.relabel(ADULTS, "18+", used);

        assertThat(label.titleSv()).isEqualTo(
                "Nya våldsutsatta vuxna per 10 000 invånare 18 år och äldre (t.o.m. 2024H2: 20 år och äldre)");
        assertThat(PopulationLabel.basisStart(used)).contains("2025H1");
        assertThat(PopulationLabel.basisStart(Map.of("2025H1", "20+", "2025H2", "20+"))).isEqualTo(Optional.empty());
    }
}
