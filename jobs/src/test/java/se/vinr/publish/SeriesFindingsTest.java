package se.vinr.publish;

import se.vinr.publish.protection.DecisionMemo;

import java.nio.file.Path;

import se.vinr.indicators.IndicatorCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.vinr.publish.Indicators.count;
import static se.vinr.publish.Indicators.ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vinr.indicators.SeriesTests;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.Interval;
import se.vinr.indicators.stats.PoissonInterval;
import se.vinr.publish.protection.CountLinks;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.TrendFinding.ControlSignal;
import se.vinr.reports.model.TrendFinding.GoalAssurance;
import se.vinr.reports.model.TrendFinding.Significance;
import se.vinr.reports.model.TrendFinding.Trend;
import se.vinr.reports.model.Unit;

/** How the findings of a series respect breaks, gaps, the data's nature, goals' units and the flag level. */
class SeriesFindingsTest {

    private static final List<String> TEN = List.of("2021H1", "2021H2", "2022H1", "2022H2", "2023H1", "2023H2",
            "2024H1", "2024H2", "2025H1", "2025H2");

    private final IndicatorStatistics statistics = new IndicatorStatistics(ConfidenceLevel.NINETY_FIVE, 5, 3,
            CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))), DecisionMemo.none());

    private static IndicatorInput counted(String id) {
        return new IndicatorInput(Indicators.definition(id, Unit.COUNT), List.of());
    }

    private TrendFinding finding(IndicatorInput input, List<RawValue> raw, List<String> periods,
                                 Map<String, String> start, ReferenceFigures references) {
        return statistics.compute("2280", List.of(input), raw, periods, start, references).trends().get(0);
    }

    private static List<RawValue> counts(String indicator, List<String> periods, double... values) {
        List<RawValue> raw = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            raw.add(count(indicator, periods.get(i), "all", values[i]));
        }
        return raw;
    }

    @Test
    void neverTestsAChangeAcrossABreakAndStartsTheRunAfterIt() {
        List<RawValue> raw = counts("interventions", TEN, 40, 42, 38, 41, 39, 40, 43, 38, 41, 95);

        TrendFinding f = finding(counted("interventions"), raw, TEN, Map.of("interventions", "2025H2"),
                ReferenceFigures.none());

        assertThat(f.previousChange()).isEqualTo(Significance.ACROSS_BREAK);
        assertThat(f.yearEarlierChange()).isEqualTo(Significance.ACROSS_BREAK);
        assertThat(f.changeFromPrevious()).isNull();
        assertThat(f.unbrokenPoints()).isEqualTo(1);
        assertThat(f.controlSignal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(f.controlChart()).isEmpty();
    }

    @Test
    void findsTheSameJumpWithoutABreak() {
        List<RawValue> raw = counts("interventions", TEN, 40, 42, 38, 41, 39, 40, 43, 38, 41, 95);

        TrendFinding f = finding(counted("interventions"), raw, TEN, Map.of(), ReferenceFigures.none());

        assertThat(f.previousChange()).isEqualTo(Significance.SIGNIFICANT_INCREASE);
        assertThat(f.controlSignal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
    }

    @Test
    void aHalfYearNotLoadedEndsTheRunLikeABreak() {
        List<String> loaded = new ArrayList<>(TEN);
        loaded.remove("2023H1");
        List<RawValue> raw = counts("new_cases", loaded, 40, 42, 38, 41, 40, 43, 38, 41, 44);

        TrendFinding f = finding(counted("new_cases"), raw, loaded, Map.of(), ReferenceFigures.none());

        assertThat(f.unbrokenPoints()).isEqualTo(5);
        assertThat(f.controlChart()).isEmpty();
        assertThat(f.controlSignal()).isEqualTo(ControlSignal.NOT_ASSESSED);
    }

    @Test
    void claimsNothingOverTimeForAStock() {
        IndicatorInput stock = new IndicatorInput(Indicators.definition("active_cases", Unit.COUNT), List.of(), true,
                SeriesTests.parse("none: overlapping half-years"));
        List<RawValue> raw = counts("active_cases", TEN, 40, 42, 38, 41, 39, 40, 43, 38, 41, 95);

        TrendFinding f = finding(stock, raw, TEN, Map.of(), ReferenceFigures.none());

        assertThat(f.previousChange()).isEqualTo(Significance.NOT_TESTED);
        assertThat(f.changeFromPrevious()).isEqualTo(54.0);
        assertThat(f.trend()).isEqualTo(Trend.NOT_TESTED);
        assertThat(f.controlSignal()).isEqualTo(ControlSignal.NOT_ASSESSED);
        assertThat(f.controlChart()).isEmpty();
    }

    /** The published chart is the one the verdict was read from, on the indicator's own scale. */
    @Test
    void publishesTheChartItsVerdictCameFrom() {
        List<RawValue> raw = new ArrayList<>();
        for (int i = 0; i < TEN.size(); i++) {
            raw.add(ratio("screening_rate", TEN.get(i), "all", i == 9 ? 95 : 60 + (i % 3), 100.0));
        }
        IndicatorInput screening = new IndicatorInput(Indicators.definition("screening_rate", Unit.PERCENT), List.of());

        TrendFinding f = finding(screening, raw, TEN, Map.of(), ReferenceFigures.none());

        assertThat(f.controlChart()).hasSize(10);
        TrendFinding.ControlPoint latest = f.controlChart().get(9);
        double centre = (60 + 61 + 62 + 60 + 61 + 62 + 60 + 61 + 62) / 900.0;
        assertThat(latest.period()).isEqualTo("2025H2");
        assertThat(latest.value()).isCloseTo(95.0, within(1e-9));
        assertThat(latest.centre()).isCloseTo(centre * 100, within(1e-9));
        assertThat(latest.upper()).isCloseTo((centre + 3 * Math.sqrt(centre * (1 - centre) / 100)) * 100, within(1e-9));
        assertThat(latest.variation()).isEqualTo(f.controlSignal()).isEqualTo(ControlSignal.SPECIAL_CAUSE_HIGH);
    }

    /**
     * A goal of at most 5 per 10,000 against a rate running at 30 per 10,000: the goal is far beyond the
     * limits on the good side, so it will not be reached. Compared without converting (5 against 0.003 per
     * person) it would look reached.
     */
    @Test
    void convertsAGoalPerTenThousandToTheChartsScale() {
        IndicatorDefinition rate = new IndicatorDefinition("new_victims_rate", "r", "r", "", "", Unit.PER_10000, "", "",
                Polarity.LOWER_IS_BETTER, "", "", 5.0, java.util.Set.of());
        List<RawValue> raw = new ArrayList<>();
        for (int i = 0; i < TEN.size(); i++) {
            raw.add(ratio("new_victims_rate", TEN.get(i), "all", 58 + (i % 5), 20_000.0));
        }

        TrendFinding f = finding(new IndicatorInput(rate, List.of()), raw, TEN, Map.of(), ReferenceFigures.none());

        assertThat(f.goalAssurance()).isEqualTo(GoalAssurance.WILL_NOT_REACH);
    }

    /** A reference just outside the 95 % interval is shown as higher, but no claim is made at 99.8 %. */
    @Test
    void flagsAComparisonOnlyWhenItHoldsAtTheFlagLevel() {
        Interval interval = new PoissonInterval(ConfidenceLevel.NINETY_FIVE).rateInterval(29, 20000, 10_000).orElseThrow();
        IndicatorInput rate = new IndicatorInput(Indicators.definition("new_victims_rate", Unit.PER_10000), List.of());
        ReferenceFigures references = new ReferenceFigures(Map.of("new_victims_rate", rate.definition()),
                ReferenceFigures.areasOf("22", "Mindre stad/tätort", "C6"),
                List.of(new ReferenceFigures.Candidate("new_victims_rate", "riket", "2025H2", "T", interval.low() - 0.01,
                        "per_10000", "test", null)), Set.of());
        List<RawValue> raw = List.of(ratio("new_victims_rate", "2025H2", "all", 29, 20000.0));

        IndicatorStatistics.Result result = statistics.compute("2280", List.of(rate), raw, List.of("2025H2"), Map.of(),
                references);

        assertThat(result.values()).singleElement().extracting(v -> v.comparison()).isEqualTo(Comparison.HIGHER);
        assertThat(result.trends().get(0).flagComparisons()).containsEntry("riket", Comparison.SIMILAR);
    }
}
