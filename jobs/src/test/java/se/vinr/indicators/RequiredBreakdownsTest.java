package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.vinr.reports.model.Breakdown;

/**
 * The breakdowns docs/contract.md#5a-indicators requires appear in every loaded period, zeros included, and the
 * additive groups the headers declare really add up.
 */
class RequiredBreakdownsTest {

    private static final List<String> ROLES = List.of("victim", "child_victim", "child_witness", "perpetrator");
    private static final List<String> METHODS = List.of("FREDA_KORTFRAGOR", "FREDA_BESKRIVNING", "FREDA_FARLIGHET",
            "SARA_SV", "PATRIARK", "SAM", "OTHER");
    private static final List<String> TYPES = List.of("protected_housing", "support_talks", "financial_aid",
            "perpetrator_programme", "child_support", "other");
    private static final List<String> AGE_BANDS = List.of("0-17", "18-24", "25-44", "45-64", "65-79", "80+");

    /** docs/contract.md#5a-indicators, with the open code lists (units, departments) left to the data. */
    private static Map<String, List<String>> required() {
        return Map.ofEntries(
                Map.entry("new_cases", Stream.of(List.of("all"), prefixed("role=", ROLES),
                        prefixed("role=victim;sex=", List.of("K", "M")),
                        prefixed("role=victim;age_band=", AGE_BANDS),
                        Stream.of("K", "M", "X").flatMap(sex -> prefixed("role=victim;sex=" + sex + ";age_band=",
                                AGE_BANDS).stream()).toList()).flatMap(List::stream).toList()),
                Map.entry("active_cases", Stream.concat(Stream.of("all"), prefixed("role=", ROLES).stream()).toList()),
                Map.entry("new_victims_rate", List.of("all", "sex=K", "sex=M")),
                Map.entry("new_children_rate", List.of("all")),
                Map.entry("screening_rate", List.of("all")),
                Map.entry("disclosure_rate", List.of("all")),
                Map.entry("risk_assessed_share", List.of("all", "role=victim", "role=child_victim")),
                Map.entry("days_to_risk_assessment", List.of("all")),
                Map.entry("risk_assessments", Stream.concat(Stream.of("all"), prefixed("method=", METHODS).stream()).toList()),
                Map.entry("interventions", Stream.concat(Stream.of("all"), prefixed("type=", TYPES).stream()).toList()),
                Map.entry("training_basic_coverage", List.of("all")),
                Map.entry("elected_trained_share", List.of("all")));
    }

    @Test
    void everyRequiredBreakdownAppearsInEveryPeriodOfAWarehouseWithoutData() throws SQLException {
        try (TestWarehouse empty = TestWarehouse.create()) {
            empty.period("2280", "2026H1");
            empty.period("2280", "2026H2");
            List<RawIndicatorRow> rows = new IndicatorRunner(ProjectSql.catalogue()).run(empty.connection());
            assertRequired(rows, List.of("2026H1", "2026H2"));
            assertThat(rows).filteredOn(r -> r.numerator() != null).allSatisfy(r ->
                    assertThat(r.numerator()).as(r.indicator() + " " + r.breakdown()).isZero());
        }
    }

    @Test
    void everyRequiredBreakdownAndEveryUnitAndDepartmentAppearsWithData() throws SQLException {
        try (TestWarehouse known = KnownWarehouse.build()) {
            List<RawIndicatorRow> rows = new IndicatorRunner(ProjectSql.catalogue())
                    .run(known.connection(), KnownWarehouse.HARNOSAND);
            assertRequired(rows, List.of("2025H2", "2026H1"));
            for (String period : List.of("2025H2", "2026H1")) {
                assertThat(breakdowns(rows, "screening_rate", period)).contains("unit=IFO vuxen",
                        "unit=Biståndsenheten", "unit=IFO barn", "unit=Mottagningen");
                assertThat(breakdowns(rows, "training_basic_coverage", period)).contains(
                        "department=Socialförvaltningen", "department=Skolförvaltningen", "department=Kultur",
                        "department=Politik");
            }
        }
    }

    @Test
    void anUnknownSexOrAgeBandGetsAWholeRowAndColumnOfTheCrossedTable() throws SQLException {
        try (TestWarehouse warehouse = TestWarehouse.create()) {
            warehouse.period("2280", "2026H1");
            warehouse.insert("core.cases", TestWarehouse.values("municipality", "2280", "period", "2026H1",
                    "case_id", "C1", "person_id", "P1", "role", "victim", "opened", "2026-02-01", "sex", null,
                    "age", 30, "age_band", "25-44"));
            warehouse.insert("core.cases", TestWarehouse.values("municipality", "2280", "period", "2026H1",
                    "case_id", "C2", "person_id", "P2", "role", "victim", "opened", "2026-03-01", "sex", "K",
                    "age", null, "age_band", null));
            Map<String, Double> counts = new IndicatorRunner(ProjectSql.catalogue()).run(warehouse.connection())
                    .stream().filter(r -> r.indicator().equals("new_cases"))
                    .collect(Collectors.toMap(RawIndicatorRow::breakdown, RawIndicatorRow::numerator));

            assertThat(counts).containsEntry("role=victim;sex=unknown;age_band=25-44", 1.0)
                    .containsEntry("role=victim;sex=K;age_band=unknown", 1.0)
                    .containsEntry("role=victim;sex=unknown;age_band=unknown", 0.0)
                    .containsEntry("role=victim;sex=unknown;age_band=80+", 0.0)
                    .containsEntry("role=victim;sex=M;age_band=unknown", 0.0)
                    .containsEntry("role=victim;sex=unknown", 1.0)
                    .containsEntry("role=victim;age_band=unknown", 1.0);
            assertThat(counts.keySet()).filteredOn(b -> b.contains(";sex=") && b.contains(";age_band="))
                    .hasSize(4 * 7);
        }
    }

    @Test
    void declaredAdditiveGroupsAddUpToTheirTotals() throws SQLException {
        IndicatorCatalogue catalogue = ProjectSql.catalogue();
        try (TestWarehouse known = KnownWarehouse.build()) {
            List<RawIndicatorRow> rows = new IndicatorRunner(catalogue).run(known.connection());
            List<String> checked = new ArrayList<>();
            for (IndicatorSpec spec : catalogue.specs()) {
                for (AdditiveGroup group : spec.additive()) {
                    AtomicInteger partsSeen = new AtomicInteger();
                    Map<String, List<RawIndicatorRow>> byPeriod = rows.stream()
                            .filter(r -> r.indicator().equals(spec.id()))
                            .collect(Collectors.groupingBy(r -> r.municipality() + " " + r.period()));
                    byPeriod.forEach((where, periodRows) -> {
                        List<RawIndicatorRow> totals = periodRows.stream()
                                .filter(r -> group.isTotal(Breakdown.parse(r.breakdown()))).toList();
                        assertThat(totals).as(spec.id() + " " + group + " " + where + " has a total").isNotEmpty();
                        for (RawIndicatorRow total : totals) {
                            Breakdown totalBreakdown = Breakdown.parse(total.breakdown());
                            List<RawIndicatorRow> parts = periodRows.stream()
                                    .filter(r -> group.isPartOf(Breakdown.parse(r.breakdown()), totalBreakdown)).toList();
                            String what = spec.id() + " " + group + " " + total.breakdown() + " " + where;
                            partsSeen.addAndGet(parts.size());
                            assertThat(sum(parts, RawIndicatorRow::numerator)).as(what).isEqualTo(total.numerator());
                            if (total.denominator() != null) {
                                assertThat(sum(parts, RawIndicatorRow::denominator)).as(what)
                                        .isEqualTo(total.denominator());
                            }
                        }
                    });
                    assertThat(partsSeen).as(spec.id() + " " + group + " has parts").hasPositiveValue();
                    checked.add(spec.id());
                }
            }
            assertThat(checked).contains("new_cases", "risk_assessed_share", "screening_rate",
                    "training_basic_coverage", "risk_assessments", "interventions", "training_completions");
        }
    }

    private static void assertRequired(List<RawIndicatorRow> rows, List<String> periods) {
        required().forEach((indicator, breakdowns) -> {
            for (String period : periods) {
                assertThat(breakdowns(rows, indicator, period)).as(indicator + " " + period).containsAll(breakdowns);
            }
        });
    }

    private static List<String> breakdowns(List<RawIndicatorRow> rows, String indicator, String period) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.period().equals(period))
                .map(RawIndicatorRow::breakdown).toList();
    }

    private static List<String> prefixed(String prefix, List<String> codes) {
        return codes.stream().map(code -> prefix + code).toList();
    }

    private static double sum(List<RawIndicatorRow> rows, Function<RawIndicatorRow, Double> field) {
        return rows.stream().map(field).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }
}
