package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.Unit;

/**
 * The victims' pyramid against the population. The fixture's adult victims by age band (women, men):
 * 18-24 (6, 2), 25-44 (16, 5), 45-64 (7, 3), 65-79 (5, 1), 80+ (1, 0); the counts 1 to 4 are hidden.
 */
class VictimsByAgeAndSexChartTest {

    private static ReportFonts fonts;

    @BeforeAll
    static void fonts() {
        fonts = new ReportFonts();
    }

    private static Chart pyramid(ReportModel model) {
        ChartContext ctx = ChartContext.of(new ReportFacts(SuppressionGuard.protect(model)), new ChartStyle(fonts));
        return new DistributionCharts(ctx).victimsByAgeAndSex().orElseThrow();
    }

    @Test
    void namesTheGroupMostOverRepresentedAgainstThePopulationInItsTitle() {
        Chart chart = pyramid(ModelFixtures.fullModel());

        // Shown: 39 victims among 11,610 inhabitants of the shown groups; women 18-24 are 820 of them, so
        // 2.75 are expected and 6 were counted, the largest ratio of any shown group.
        assertThat(chart.title()).isEqualTo("Kvinnor 18–24 år mest överrepresenterade bland nya våldsutsatta");
        assertThat(Headline.words(chart.title())).isLessThanOrEqualTo(Headline.MAX_WORDS);
        assertThat(chart.subtitle()).contains("väntat antal enligt befolkningen", "Härnösand", "första halvåret 2026");
        assertThat(chart.caption()).contains("SCB, 2025", "Dolda grupper ingår inte i jämförelsen");
        assertThat(chart.table().headers()).containsExactly("Ålder", "Kvinnor", "Män",
                "Kvinnor, väntat enligt befolkningen", "Män, väntat enligt befolkningen");
        assertThat(chart.table().rows().get(0)).containsExactly("18–24 år", "6", "..", "2,8", "–");
    }

    @Test
    void expectsAsManyVictimsAsItShowsAndNothingForAHiddenGroup() {
        Chart chart = pyramid(ModelFixtures.fullModel());

        double shown = 0;
        double expected = 0;
        for (List<String> row : chart.table().rows()) {
            for (int column = 1; column <= 2; column++) {
                String count = row.get(column);
                String outline = row.get(column + 2);
                assertThat(count.equals("..")).as(row.toString()).isEqualTo(outline.equals("–"));
                if (!count.equals("..")) {
                    shown += Double.parseDouble(count);
                    expected += Double.parseDouble(outline.replace(',', '.'));
                }
            }
        }
        assertThat(shown).isEqualTo(39.0);
        assertThat(expected).isCloseTo(39.0, org.assertj.core.data.Offset.offset(0.3));
        assertThat(chart.note()).isEqualTo("..: dold (färre än 5)");
    }

    @Test
    void drawsThePopulationLineWithoutAGapBecomingZero() {
        RenderedChart rendered = new ChartExporter(fonts, "").render(pyramid(ModelFixtures.fullModel()));

        assertThat(rendered.svgElement()).startsWith("<svg").doesNotContain("NaN").contains("stroke-dasharray");
    }

    @Test
    void withoutAPopulationByAgeShowsTheCountsAlone() {
        Chart chart = pyramid(ModelFixtures.full().noPopulation().build());

        assertThat(chart.title()).isEqualTo("Flest nya våldsutsatta var kvinnor 25–44 år");
        assertThat(chart.table().headers()).containsExactly("Ålder", "Kvinnor", "Män");
        assertThat(chart.caption()).doesNotContain("SCB");
        assertThat(new ChartExporter(fonts, "").render(chart).svgElement()).doesNotContain("stroke-dasharray");
    }

    @Test
    void claimsNoOverRepresentationWhenTheShownVictimsAreAllInOneGroup() {
        ModelFixtures.Builder model = new ModelFixtures.Builder()
                .definition("new_cases", "Nya ärenden", "New cases", Unit.COUNT, Polarity.NEITHER, "3", null);
        for (String band : List.of("18-24", "25-44", "45-64", "65-79", "80+")) {
            for (String sex : List.of("K", "M")) {
                boolean counted = sex.equals("K") && band.equals("25-44");
                model.count(ModelFixtures.LATEST, "new_cases", "role=victim;sex=" + sex + ";age_band=" + band,
                        counted ? 12 : 0, null);
                model.population(sex, band, 1_000);
            }
        }

        Chart chart = pyramid(model.build());

        assertThat(chart.title()).isEqualTo("Flest nya våldsutsatta var kvinnor 25–44 år");
        assertThat(chart.table().rows().get(1)).containsExactly("25–44 år", "12", "0", "1,2", "1,2");
    }

    @Test
    void leavesChildrenAndUnknownAgesOutOfTheAdultPyramid() {
        Chart chart = pyramid(ModelFixtures.full()
                .count(ModelFixtures.LATEST, "new_cases", "role=victim;sex=K;age_band=0-17", 9, null)
                .count(ModelFixtures.LATEST, "new_cases", "role=victim;sex=M;age_band=unknown", 7, null)
                .build());

        assertThat(chart.table().rows()).extracting(row -> row.get(0))
                .containsExactly("18–24 år", "25–44 år", "45–64 år", "65–79 år", "80+ år");
    }
}
