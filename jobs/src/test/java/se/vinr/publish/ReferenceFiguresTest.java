package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Unit;

class ReferenceFiguresTest {

    private static final Map<String, IndicatorDefinition> DEFINITIONS = Map.of(
            "new_victims_rate", Indicators.definition("new_victims_rate", Unit.PER_10000),
            "screening_rate", Indicators.definition("screening_rate", Unit.PERCENT),
            "new_cases", Indicators.definition("new_cases", Unit.COUNT));
    private static final List<String> AREAS = ReferenceFigures.areasOf("22", "Mindre stad/tätort", "C6");

    @Test
    void ordersTheAreasSwedenCountyMunicipalityGroup() {
        ReferenceFigures figures = figures(
                rate("kommungrupp:C6", "2025H1", "T", 9.0, "per_10000"),
                rate("22", "2025H1", "T", 8.0, "per_10000"),
                rate("riket", "2025H1", "T", 7.0, "per_10000"),
                rate("0180", "2025H1", "T", 6.0, "per_10000"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all")).containsExactly(
                new ReferenceFigures.Match("riket", 7.0), new ReferenceFigures.Match("22", 8.0),
                new ReferenceFigures.Match("kommungrupp:C6", 9.0));
    }

    @Test
    void neverTestsAPoliceReportedFigure() {
        ReferenceFigures figures = figures(new ReferenceFigures.Candidate("new_victims_rate", "riket", "2025H1", "T",
                7.0, "per_10000", "BRÅ", "bra_anmalda"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all")).isEmpty();
    }

    @Test
    void convertsARatePerHundredThousandToTheRowsScale() {
        ReferenceFigures figures = figures(rate("riket", "2025H1", "T", 140.0, "per_100000"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all"))
                .containsExactly(new ReferenceFigures.Match("riket", 14.0));
    }

    @Test
    void takesARateOnlyFromTheSameHalfYear() {
        ReferenceFigures figures = figures(rate("riket", "2025", "T", 28.0, "per_10000"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all")).isEmpty();
    }

    @Test
    void takesAShareFromTheCalendarYearWhenTheHalfYearHasNone() {
        ReferenceFigures figures = figures(
                new ReferenceFigures.Candidate("screening_rate", "riket", "2025", "T", 61.0, "percent", "x", null),
                new ReferenceFigures.Candidate("screening_rate", "22", "2025", "T", 55.0, "percent", "x", null),
                new ReferenceFigures.Candidate("screening_rate", "22", "2025H1", "T", 57.0, "percent", "x", null));

        assertThat(figures.forRow("screening_rate", "2025H1", "all")).containsExactly(
                new ReferenceFigures.Match("riket", 61.0), new ReferenceFigures.Match("22", 57.0));
        assertThat(figures.forRow("screening_rate", "2024H2", "all")).isEmpty();
    }

    @Test
    void matchesTheSexOfTheRowAndNothingForOtherBreakdowns() {
        ReferenceFigures figures = figures(rate("riket", "2025H1", "K", 20.0, "per_10000"),
                rate("riket", "2025H1", "T", 14.0, "per_10000"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "sex=K"))
                .containsExactly(new ReferenceFigures.Match("riket", 20.0));
        assertThat(figures.forRow("new_victims_rate", "2025H1", "sex=M")).isEmpty();
        assertThat(figures.forRow("new_victims_rate", "2025H1", "unit=IFO")).isEmpty();
    }

    @Test
    void testsNeitherCountsNorAFigureOnAnotherScale() {
        ReferenceFigures figures = figures(
                new ReferenceFigures.Candidate("new_cases", "riket", "2025H1", "T", 5000.0, "count", "x", null),
                new ReferenceFigures.Candidate("screening_rate", "riket", "2025H1", "T", 0.6, "ratio", "x", null));

        assertThat(figures.forRow("new_cases", "2025H1", "all")).isEmpty();
        assertThat(figures.forRow("screening_rate", "2025H1", "all")).isEmpty();
    }

    @Test
    void keepsOneFigureForTheMunicipalityGroupGivenByNameAndByCode() {
        ReferenceFigures figures = figures(rate("kommungrupp:C6", "2025H1", "T", 9.0, "per_10000"),
                rate("kommungrupp:Mindre stad/tätort", "2025H1", "T", 9.5, "per_10000"));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all"))
                .containsExactly(new ReferenceFigures.Match("kommungrupp:Mindre stad/tätort", 9.5));
    }

    @Test
    void doesNotTestARateOverAFallbackPopulation() {
        ReferenceFigures figures = new ReferenceFigures(DEFINITIONS, AREAS,
                List.of(rate("riket", "2025H1", "T", 14.0, "per_10000")),
                Set.of(new ReferenceFigures.RowKey("new_victims_rate", "2025H1", "all")));

        assertThat(figures.forRow("new_victims_rate", "2025H1", "all")).isEmpty();
    }

    @Test
    void comparesWithItsKoladaPeerGroupsInTheirGivenOrderAfterItsOtherAreas() {
        List<String> areas = ReferenceFigures.areasOf("22", "Mindre stad/tätort", "C6", List.of("G33720", "G124"));
        ReferenceFigures figures = new ReferenceFigures(DEFINITIONS, areas, List.of(
                rate("kolada:G33720", "2025H1", "T", 10.5, "per_10000"),
                rate("kolada:G9", "2025H1", "T", 11.0, "per_10000"),
                rate("kolada:G124", "2025H1", "T", 9.5, "per_10000"),
                rate("kolada:G124", "2025", "T", 19.0, "per_10000"),
                rate("kommungrupp:C6", "2025H1", "T", 9.0, "per_10000"),
                rate("riket", "2025H1", "T", 7.0, "per_10000")), Set.of());

        assertThat(areas).containsExactly("riket", "22", "kommungrupp:Mindre stad/tätort", "kommungrupp:C6",
                "kolada:G33720", "kolada:G124");
        // Every peer group chosen for the municipality, the half-year's figure only, and never another group.
        assertThat(figures.forRow("new_victims_rate", "2025H1", "all")).containsExactly(
                new ReferenceFigures.Match("riket", 7.0),
                new ReferenceFigures.Match("kommungrupp:C6", 9.0),
                new ReferenceFigures.Match("kolada:G33720", 10.5),
                new ReferenceFigures.Match("kolada:G124", 9.5));
    }

    private static ReferenceFigures.Candidate rate(String area, String year, String sex, double value, String unit) {
        return new ReferenceFigures.Candidate("new_victims_rate", area, year, sex, value, unit, "test", null);
    }

    private static ReferenceFigures figures(ReferenceFigures.Candidate... candidates) {
        return new ReferenceFigures(DEFINITIONS, AREAS, List.of(candidates), Set.of());
    }
}
