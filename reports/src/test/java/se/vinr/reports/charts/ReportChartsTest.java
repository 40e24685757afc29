package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.model.Breakdown;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.model.Unit;

class ReportChartsTest {

    static ReportFonts fonts;
    static List<Chart> charts;

    @BeforeAll
    static void build() {
        fonts = new ReportFonts();
        charts = charts(ModelFixtures.fullModel());
    }

    private static List<Chart> charts(ReportModel model) {
        ReportFacts facts = new ReportFacts(SuppressionGuard.protect(model));
        return new ReportCharts(ChartContext.of(facts, new ChartStyle(fonts)))
                .build(List.of(new ReportCharts.TrendKey("new_cases", Breakdown.ALL)));
    }

    private static Chart chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFullModelGivesEveryChartOnceUnderAStableName() {
        assertThat(charts).extracting(Chart::id).doesNotHaveDuplicates().containsExactly(
                "trend_new_cases", "spine", "rate_new_victims_rate", "rate_new_children_rate", "funnel_new_victims_rate",
                "funnel_screening_rate", "new_cases_by_role", "victims_by_age_and_sex", "vulnerable_groups",
                "u_chart_new_victims_rate", "p_chart_screening_rate", "screening_rate_by_unit", "risk_assessed_share",
                "risk_assessment_methods", "days_to_risk_assessment", "interventions_by_type",
                "training_basic_coverage_by_department");
    }

    @Test
    void everyTitleStatesItsFindingInAtMostTenWordsWithAreaAndPeriodBelow() {
        assertThat(charts).allSatisfy(chart -> {
            // A title that names its indicator in front keeps its finding within the limit.
            String finding = chart.title().contains(": ") ? chart.title().substring(chart.title().indexOf(": ") + 2) : chart.title();
            assertThat(Headline.words(finding)).as(chart.id()).isBetween(2, Headline.MAX_WORDS);
            assertThat(chart.subtitle()).as(chart.id()).contains("Härnösand").containsPattern("(första|andra) halvåret 20\\d\\d");
            assertThat(chart.caption()).as(chart.id()).startsWith("Källa:");
            assertThat(chart.table().rows()).as(chart.id()).isNotEmpty();
        });
        assertThat(chart("trend_new_cases").title()).isEqualTo("Nya ärenden ökade mer än slumpen förklarar");
        assertThat(chart("screening_rate_by_unit").title())
                .isEqualTo("Andel nya kontakter som fått frågan om våld: 0 av 3 enheter når målet 100\u00A0%");
    }

    @Test
    void aChartWithAHiddenValueSaysSoAndShowsTwoDotsInItsTable() {
        Chart groups = chart("vulnerable_groups");

        assertThat(groups.note()).isEqualTo("..: dold (färre än 5)");
        assertThat(groups.table().rows()).anySatisfy(row -> assertThat(row).contains(".."));
        assertThat(chart("spine").note()).isEmpty();
    }

    @Test
    void aHiddenValueIsAGapInTheDrawingNeverAZero() {
        RenderedChart rendered = new ChartExporter(fonts, "").render(chart("vulnerable_groups"));

        assertThat(rendered.svgElement()).doesNotContain("NaN").startsWith("<svg");
        assertThat(rendered.png()).isNotEmpty();
        List<Double> lgbtq = ChartContext.values(new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel()))
                .series("new_cases", Breakdown.parse("group=lgbtq")), v -> v.value());
        assertThat(lgbtq).containsExactly(null, 5.0, null, 5.0, null, 5.0, null);
    }

    @Test
    void chartsWithoutDataAreLeftOut() {
        List<Chart> few = charts(ModelFixtures.minimal().build());

        assertThat(few).isEmpty();
    }

    @Test
    void aDepartmentChartWithEveryValueHiddenSaysSoInsteadOfCountingNoneOfNone() {
        ReportModel model = ModelFixtures.minimal()
                .definition("training_basic_coverage", "Andel med grundutbildning", "Share with basic training",
                        Unit.PERCENT, Polarity.HIGHER_IS_BETTER, "2", 80.0)
                .share(ModelFixtures.LATEST, "training_basic_coverage", "all", 40, 78, null, null, null)
                .share(ModelFixtures.LATEST, "training_basic_coverage", "department=Socialtjänst", 3, 45, null, null, null)
                .share(ModelFixtures.LATEST, "training_basic_coverage", "department=Äldreomsorg", 2, 33, null, null, null)
                .build();
        ChartContext ctx = ChartContext.of(new ReportFacts(SuppressionGuard.protect(model)), new ChartStyle(fonts));

        Chart chart = new UnitCharts(ctx).byDepartment("training_basic_coverage").orElseThrow();

        assertThat(chart.title()).isEqualTo("Värdena per förvaltning döljs för att skydda små tal")
                .doesNotContain("0 av 0");
        assertThat(Headline.words(chart.title())).isBetween(2, Headline.MAX_WORDS);
    }
}
