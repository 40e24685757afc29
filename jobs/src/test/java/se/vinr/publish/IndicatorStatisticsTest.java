package se.vinr.publish;

import se.vinr.publish.protection.DecisionMemo;

import java.nio.file.Path;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.publish.protection.CountLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.publish.Indicators.count;
import static se.vinr.publish.Indicators.input;
import static se.vinr.publish.Indicators.ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.vinr.indicators.AdditiveGroup;
import se.vinr.reports.model.Breakdown;

import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.indicators.stats.Interval;
import se.vinr.indicators.stats.PoissonInterval;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.IndicatorValue;
import se.vinr.reports.model.TrendFinding;
import se.vinr.reports.model.Unit;

class IndicatorStatisticsTest {

    private static final ConfidenceLevel LEVEL = new ConfidenceLevel(0.95);
    private static final String H1 = "2025H1";

    private final IndicatorStatistics statistics = new IndicatorStatistics(LEVEL, 5, 3, CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))), DecisionMemo.none());

    private static final IndicatorInput NEW_CASES = input("new_cases", Unit.COUNT,
            "sex within role=victim", "age_band within role=victim");
    private static final IndicatorInput NEW_CASES_CROSSED = input("new_cases", Unit.COUNT,
            "sex within role=victim", "age_band within role=victim", "age_band within role=victim;sex=*",
            "sex within role=victim;age_band=*");
    private static final IndicatorInput CHILDREN_RATE = input("new_children_rate", Unit.PER_10000);
    private static final IndicatorInput VICTIMS_RATE = input("new_victims_rate", Unit.PER_10000);
    private static final IndicatorInput SCREENING = input("screening_rate", Unit.PERCENT, "unit");
    private static final IndicatorInput TRAINING = input("training_basic_coverage", Unit.PERCENT, "department");

    @Test
    void hidesASmallSexPartOfTheVictimsAndTheNextSmallestShownPart() {
        List<RawValue> raw = List.of(count("new_cases", H1, "all", 40), count("new_cases", H1, "role=victim", 25),
                count("new_cases", H1, "role=perpetrator", 15),
                count("new_cases", H1, "role=victim;sex=K", 21), count("new_cases", H1, "role=victim;sex=M", 4),
                count("new_cases", H1, "role=victim;sex=X", 0));

        List<IndicatorValue> values = compute(List.of(NEW_CASES), raw, List.of(H1));

        assertThat(row(values, "new_cases", "role=victim;sex=M").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "role=victim;sex=K").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "role=victim;sex=X").value()).isEqualTo(0.0);
        assertThat(row(values, "new_cases", "role=victim").value()).isEqualTo(25.0);
    }

    @Test
    void protectsTheRolesAsIfTheyAddedUpToAllAlthoughAPersonMayHoldTwo() {
        // In the demo data nobody holds two roles, so all − the other roles gave the hidden role exactly.
        List<RawValue> raw = List.of(count("new_cases", H1, "all", 44), count("new_cases", H1, "role=victim", 18),
                count("new_cases", H1, "role=child_witness", 15), count("new_cases", H1, "role=perpetrator", 8),
                count("new_cases", H1, "role=child_victim", 3));

        List<IndicatorValue> values = compute(List.of(NEW_CASES), raw, List.of(H1));

        assertThat(row(values, "new_cases", "role=child_victim").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "role=perpetrator").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "all").value()).isEqualTo(44.0);
    }

    @Test
    void doesNotLetTheChildrenRateRevealAHiddenCountOfChildVictims() {
        List<RawValue> raw = List.of(count("new_cases", H1, "all", 30), count("new_cases", H1, "role=victim", 10),
                count("new_cases", H1, "role=child_victim", 3), count("new_cases", H1, "role=child_witness", 10),
                count("new_cases", H1, "role=perpetrator", 7), ratio("new_children_rate", H1, "all", 13, 4000.0));

        List<IndicatorValue> values = compute(List.of(NEW_CASES, CHILDREN_RATE), raw, List.of(H1));

        // 13 children = child victims + child witnesses: one of the two sides must go too.
        boolean witnessesHidden = row(values, "new_cases", "role=child_witness").suppressed();
        boolean rateHidden = row(values, "new_children_rate", "all").suppressed();
        assertThat(row(values, "new_cases", "role=child_victim").suppressed()).isTrue();
        assertThat(witnessesHidden || rateHidden).isTrue();
    }

    @Test
    void hidesTheNumeratorOfAnAdultVictimRateWhenTheSameCountIsHiddenAmongTheVictims() {
        List<RawValue> raw = List.of(count("new_cases", H1, "all", 30), count("new_cases", H1, "role=victim", 30),
                count("new_cases", H1, "role=victim;sex=K", 27), count("new_cases", H1, "role=victim;sex=M", 3),
                ratio("new_victims_rate", H1, "all", 30, 20000.0), ratio("new_victims_rate", H1, "sex=K", 27, null),
                ratio("new_victims_rate", H1, "sex=M", 3, null));

        List<IndicatorValue> values = compute(List.of(NEW_CASES, VICTIMS_RATE), raw, List.of(H1));

        assertThat(row(values, "new_victims_rate", "sex=M").suppressed()).isTrue();
        assertThat(row(values, "new_victims_rate", "sex=K").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "role=victim;sex=K").suppressed()).isTrue();
        assertThat(row(values, "new_victims_rate", "all").numerator()).isEqualTo(30.0);
    }

    @Test
    void protectsEveryRowAndColumnOfTheVictimsBySexAndAgeTogetherWithTheRolesAndTheAdultRate() {
        String[] bands = {"0-17", "18-24", "25-44", "45-64", "65-79", "80+"};
        long[][] crossed = {{0, 3, 12, 8, 2, 0}, {0, 0, 6, 5, 1, 0}, {0, 0, 1, 0, 0, 0}};
        String[] sexes = {"K", "M", "X"};
        List<RawValue> raw = new ArrayList<>(List.of(count("new_cases", H1, "all", 73),
                count("new_cases", H1, "role=victim", 38), count("new_cases", H1, "role=perpetrator", 20),
                count("new_cases", H1, "role=child_victim", 6), count("new_cases", H1, "role=child_witness", 9),
                ratio("new_victims_rate", H1, "all", 38, 20000.0), ratio("new_victims_rate", H1, "sex=K", 25, 10000.0),
                ratio("new_victims_rate", H1, "sex=M", 12, 10000.0)));
        long[] columns = new long[bands.length];
        for (int s = 0; s < sexes.length; s++) {
            long sum = 0;
            for (int b = 0; b < bands.length; b++) {
                raw.add(count("new_cases", H1, "role=victim;sex=" + sexes[s] + ";age_band=" + bands[b], crossed[s][b]));
                sum += crossed[s][b];
                columns[b] += crossed[s][b];
            }
            raw.add(count("new_cases", H1, "role=victim;sex=" + sexes[s], sum));
        }
        for (int b = 0; b < bands.length; b++) {
            raw.add(count("new_cases", H1, "role=victim;age_band=" + bands[b], columns[b]));
        }

        List<IndicatorValue> values = compute(List.of(NEW_CASES_CROSSED, VICTIMS_RATE), raw, List.of(H1));

        assertThat(row(values, "new_cases", "role=victim;sex=K;age_band=18-24").suppressed()).isTrue();
        assertThat(row(values, "new_cases", "role=victim;sex=M;age_band=65-79").suppressed()).isTrue();
        assertThat(values).filteredOn(v -> !v.suppressed() && v.numerator() != null)
                .allSatisfy(v -> assertThat(v.numerator()).as(v.indicator() + " " + v.breakdown())
                        .matches(n -> n == 0 || n >= 5));
        for (List<String> equation : publishedEquations(raw)) {
            long hidden = equation.stream().filter(id -> {
                String[] parts = id.split("\\|");
                return row(values, parts[0], parts[1]).suppressed();
            }).count();
            assertThat(hidden).as("hidden in " + equation).isNotEqualTo(1L);
        }
    }

    /**
     * Every sum a reader can take of the published rows: the models' groups (both directions of the
     * crossed table included) and the catalogue's links between indicators, as {@code indicator|breakdown}.
     */
    private static List<List<String>> publishedEquations(List<RawValue> raw) {
        List<List<String>> equations = new ArrayList<>();
        List<AdditiveGroup> groups = new ArrayList<>(NEW_CASES_CROSSED.additive());
        groups.addAll(CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))).assumedAdditive("new_cases"));
        for (RawValue total : raw) {
            Breakdown totalBreakdown = Breakdown.parse(total.breakdown());
            for (AdditiveGroup group : groups) {
                if (total.indicator().equals("new_cases") && group.isTotal(totalBreakdown)) {
                    List<String> equation = new ArrayList<>(List.of("new_cases|" + total.breakdown()));
                    raw.stream().filter(r -> r.indicator().equals("new_cases")
                                    && group.isPartOf(Breakdown.parse(r.breakdown()), totalBreakdown))
                            .forEach(r -> equation.add("new_cases|" + r.breakdown()));
                    equations.add(equation);
                }
            }
        }
        for (CountLinks.Link link : CountLinks.of(IndicatorCatalogue.fromDirectory(Path.of("..", "sql"))).links()) {
            List<String> equation = new ArrayList<>();
            for (CountLinks.Ref ref : Stream.concat(Stream.of(link.total()),
                    link.parts().stream()).toList()) {
                if (raw.stream().anyMatch(r -> r.indicator().equals(ref.indicator()) && r.breakdown().equals(ref.breakdown()))) {
                    equation.add(ref.indicator() + "|" + ref.breakdown());
                }
            }
            if (equation.size() > 1 && equation.get(0).startsWith(link.total().indicator() + "|" + link.total().breakdown())) {
                equations.add(equation);
            }
        }
        assertThat(equations).as("two one-way groups, 3 rows, 6 columns, the roles and 3 links").hasSize(15);
        return equations;
    }

    @Test
    void hidesATotalRatherThanAPartThatAnotherIndicatorRepeats() {
        // One child victim among 24 pairs: hiding the victims' 23 would also hide new_cases role=victim
        // (the same persons) and, through it, the adult victims' rate; hiding the total 24 costs one figure.
        IndicatorInput assessed = input("risk_assessed_share", Unit.PERCENT, "role");
        List<RawValue> raw = List.of(ratio("risk_assessed_share", H1, "all", 12, 24.0),
                ratio("risk_assessed_share", H1, "role=victim", 12, 23.0),
                ratio("risk_assessed_share", H1, "role=child_victim", 0, 1.0),
                count("new_cases", H1, "all", 30), count("new_cases", H1, "role=victim", 23),
                count("new_cases", H1, "role=perpetrator", 7), ratio("new_victims_rate", H1, "all", 23, 20000.0));

        List<IndicatorValue> values = compute(List.of(assessed, NEW_CASES, VICTIMS_RATE), raw, List.of(H1));

        assertThat(row(values, "risk_assessed_share", "role=child_victim").suppressed()).isTrue();
        assertThat(row(values, "risk_assessed_share", "all").denominator()).isNull();
        assertThat(row(values, "risk_assessed_share", "role=victim").value()).isEqualTo(100.0 * 12 / 23);
        assertThat(row(values, "new_cases", "role=victim").value()).isEqualTo(23.0);
        assertThat(row(values, "new_victims_rate", "all").suppressed()).isFalse();
    }

    @Test
    void hidesADenominatorFromOneToFourWithItsShare() {
        List<RawValue> raw = List.of(ratio("screening_rate", H1, "all", 20, 25.0),
                ratio("screening_rate", H1, "unit=IFO vuxen", 17, 22.0),
                ratio("screening_rate", H1, "unit=Bistånd", 3, 3.0));

        List<IndicatorValue> values = compute(List.of(SCREENING), raw, List.of(H1));

        IndicatorValue small = row(values, "screening_rate", "unit=Bistånd");
        assertThat(small.suppressed()).isTrue();
        assertThat(small.numerator()).isNull();
        assertThat(small.denominator()).isNull();
        // 25 − 22 would give the hidden denominator back: the other unit's denominator goes too.
        assertThat(row(values, "screening_rate", "unit=IFO vuxen").denominator()).isNull();
    }

    @Test
    void protectsAUnitWhoseNameHoldsTheBreakdownPunctuation() {
        // A unit called Vård; omsorg = "x" is one breakdown value (escaped), so it is one cell of the group.
        String odd = "unit=" + Breakdown.escape("Vård; omsorg = \"x\"");
        List<RawValue> raw = List.of(ratio("screening_rate", H1, "all", 20, 25.0),
                ratio("screening_rate", H1, "unit=IFO vuxen", 17, 22.0),
                ratio("screening_rate", H1, odd, 3, 3.0));

        List<IndicatorValue> values = compute(List.of(SCREENING), raw, List.of(H1));

        assertThat(row(values, "screening_rate", odd).suppressed()).isTrue();
        assertThat(row(values, "screening_rate", odd).denominator()).isNull();
        assertThat(row(values, "screening_rate", "unit=IFO vuxen").denominator()).isNull();
    }

    @Test
    void hidesAShareWhoseComplementIsSmallButShowsItsDenominator() {
        // 6 asked of 8 tells that 2 were not asked.
        List<IndicatorValue> values = compute(List.of(SCREENING),
                List.of(ratio("screening_rate", H1, "all", 6, 8.0)), List.of(H1));

        IndicatorValue share = row(values, "screening_rate", "all");
        assertThat(share.suppressed()).isTrue();
        assertThat(share.numerator()).isNull();
        assertThat(share.value()).isNull();
        assertThat(share.ciLow()).isNull();
        assertThat(share.denominator()).isEqualTo(8.0);
    }

    @Test
    void publishesAShareAboveOneHundredPercentAndHidesOneThatExceedsItsDenominatorByAFew() {
        List<IndicatorValue> wellAbove = compute(List.of(TRAINING),
                List.of(ratio("training_basic_coverage", H1, "all", 70, 60.0)), List.of(H1));
        List<IndicatorValue> justAbove = compute(List.of(TRAINING),
                List.of(ratio("training_basic_coverage", H1, "all", 62, 60.0)), List.of(H1));

        assertThat(row(wellAbove, "training_basic_coverage", "all").value()).isCloseTo(116.67, within());
        assertThat(row(justAbove, "training_basic_coverage", "all").suppressed()).isTrue();
    }

    @Test
    void hidesACumulativeFigureWhoseIncreaseSinceTheLastHalfYearIsSmall() {
        // 39 trained by 2024H2, 41 by 2025H1: two persons trained in 2025H1, a count to hide. 50 by 2025H2.
        List<RawValue> raw = List.of(ratio("training_basic_coverage", "2024H2", "all", 39, 60.0),
                ratio("training_basic_coverage", "2025H1", "all", 41, 60.0),
                ratio("training_basic_coverage", "2025H2", "all", 50, 60.0));

        List<IndicatorValue> values = compute(List.of(TRAINING), raw, List.of("2024H2", "2025H1", "2025H2"));

        assertThat(row(values, "2024H2", "training_basic_coverage", "all").numerator()).isEqualTo(39.0);
        assertThat(row(values, "2025H1", "training_basic_coverage", "all").suppressed()).isTrue();
        // 50 − 39 = 11 over two half-years says nothing about either.
        assertThat(row(values, "2025H2", "training_basic_coverage", "all").numerator()).isEqualTo(50.0);
    }

    @Test
    void hidesTheIncreaseOfADepartmentEvenWhenTheTotalIncreaseIsLarge() {
        List<RawValue> raw = List.of(ratio("training_basic_coverage", "2024H2", "all", 30, 60.0),
                ratio("training_basic_coverage", "2024H2", "department=A", 20, 30.0),
                ratio("training_basic_coverage", "2024H2", "department=B", 10, 30.0),
                ratio("training_basic_coverage", "2025H1", "all", 42, 60.0),
                ratio("training_basic_coverage", "2025H1", "department=A", 29, 30.0),
                ratio("training_basic_coverage", "2025H1", "department=B", 13, 30.0));

        List<IndicatorValue> values = compute(List.of(TRAINING), raw, List.of("2024H2", "2025H1"));

        assertThat(row(values, "2025H1", "training_basic_coverage", "department=B").suppressed()).isTrue();
        // The other department and the total would give B's 13 by subtraction: one of them goes too.
        assertThat(row(values, "2025H1", "training_basic_coverage", "department=A").suppressed()
                || row(values, "2025H1", "training_basic_coverage", "all").suppressed()).isTrue();
    }

    @Test
    void decidesAnEarlierHalfYearAsItsOwnReportDid() {
        List<RawValue> raw = new ArrayList<>();
        for (String period : List.of("2024H2", "2025H1", "2025H2")) {
            raw.add(ratio("training_basic_coverage", period, "all", period.equals("2025H2") ? 43 : 39, 60.0));
            raw.add(count("new_cases", period, "all", 20));
            raw.add(count("new_cases", period, "role=victim", period.equals("2025H1") ? 17 : 3));
            raw.add(count("new_cases", period, "role=perpetrator", period.equals("2025H1") ? 3 : 17));
        }
        List<IndicatorInput> inputs = List.of(TRAINING, NEW_CASES);

        List<IndicatorValue> early = compute(inputs, raw, List.of("2024H2", "2025H1"));
        List<IndicatorValue> later = compute(inputs, raw, List.of("2024H2", "2025H1", "2025H2"));

        assertThat(later).containsAll(early);
        assertThat(row(later, "2025H2", "training_basic_coverage", "all").suppressed()).isTrue();
    }

    @Test
    void judgesTheTrendOnPublishedHalfYearsOnly() {
        List<String> periods = List.of("2023H1", "2023H2", "2024H1", "2024H2", "2025H1", "2025H2");
        List<RawValue> raw = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            raw.add(count("new_cases", periods.get(i), "all", i == 2 ? 3 : 20 + 10 * i));
        }

        IndicatorStatistics.Result result = statistics.compute("2280", List.of(NEW_CASES), raw, periods, Map.of(),
                ReferenceFigures.none());

        TrendFinding finding = result.trends().get(0);
        assertThat(finding.unbrokenPoints()).isEqualTo(3);
        assertThat(finding.trend()).isEqualTo(TrendFinding.Trend.TOO_FEW_POINTS);
    }

    @Test
    void comparesWithEveryReferenceAreaByTheIntervalLimitsIncluded() {
        Interval interval = new PoissonInterval(LEVEL).rateInterval(29, 20000, 10_000).orElseThrow();
        ReferenceFigures references = references(
                figure("riket", interval.low() - 0.001), figure("22", interval.high()),
                figure("kommungrupp:Mindre stad/tätort", interval.high() + 0.001));
        List<RawValue> raw = List.of(ratio("new_victims_rate", H1, "all", 29, 20000.0));

        List<IndicatorValue> rows = statistics.compute("2280", List.of(VICTIMS_RATE), raw, List.of(H1), Map.of(),
                references).values();

        assertThat(rows).extracting(IndicatorValue::referenceArea, IndicatorValue::comparison).containsExactly(
                org.assertj.core.groups.Tuple.tuple("riket", Comparison.HIGHER),
                org.assertj.core.groups.Tuple.tuple("22", Comparison.SIMILAR),
                org.assertj.core.groups.Tuple.tuple("kommungrupp:Mindre stad/tätort", Comparison.LOWER));
        assertThat(rows).allSatisfy(r -> assertThat(r.value()).isEqualTo(14.5));
    }

    @Test
    void callsAReferenceOnTheLowerLimitSimilar() {
        Interval interval = new PoissonInterval(LEVEL).rateInterval(29, 20000, 10_000).orElseThrow();
        List<RawValue> raw = List.of(ratio("new_victims_rate", H1, "all", 29, 20000.0));

        List<IndicatorValue> rows = statistics.compute("2280", List.of(VICTIMS_RATE), raw, List.of(H1), Map.of(),
                references(figure("riket", interval.low()))).values();

        assertThat(rows).singleElement().extracting(IndicatorValue::comparison).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void showsTheReferenceBesideAHiddenValueWithoutComparing() {
        List<RawValue> raw = List.of(ratio("new_victims_rate", H1, "all", 3, 20000.0));

        List<IndicatorValue> rows = statistics.compute("2280", List.of(VICTIMS_RATE), raw, List.of(H1), Map.of(),
                references(figure("riket", 12.0))).values();

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.suppressed()).isTrue();
            assertThat(r.referenceValue()).isEqualTo(12.0);
            assertThat(r.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        });
    }

    @Test
    void leavesTheAreaEmptyWhereNoReferenceExists() {
        List<IndicatorValue> rows = statistics.compute("2280", List.of(VICTIMS_RATE),
                List.of(ratio("new_victims_rate", H1, "all", 29, 20000.0)), List.of(H1), Map.of(),
                ReferenceFigures.none()).values();

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.referenceArea()).isEmpty();
            assertThat(r.referenceValue()).isNull();
            assertThat(r.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        });
    }

    private static ReferenceFigures.Candidate figure(String area, double value) {
        return new ReferenceFigures.Candidate("new_victims_rate", area, H1, "T", value, "per_10000", "test", null);
    }

    private static ReferenceFigures references(ReferenceFigures.Candidate... candidates) {
        return new ReferenceFigures(Map.of("new_victims_rate", VICTIMS_RATE.definition()),
                ReferenceFigures.areasOf("22", "Mindre stad/tätort", "C6"), List.of(candidates), Set.of());
    }

    private List<IndicatorValue> compute(List<IndicatorInput> inputs, List<RawValue> raw, List<String> periods) {
        return statistics.compute("2280", inputs, raw, periods, Map.of(), ReferenceFigures.none()).values();
    }

    private static IndicatorValue row(List<IndicatorValue> values, String indicator, String breakdown) {
        return row(values, H1, indicator, breakdown);
    }

    private static IndicatorValue row(List<IndicatorValue> values, String period, String indicator, String breakdown) {
        return values.stream()
                .filter(v -> v.period().equals(period) && v.indicator().equals(indicator) && v.breakdown().equals(breakdown))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + period + " " + breakdown));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
