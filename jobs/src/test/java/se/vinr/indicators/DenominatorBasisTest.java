package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vinr.core.Period;

class DenominatorBasisTest {

    private static final PopulationBasis ADULTS = new PopulationBasis("18+", Optional.of("20+"));

    private static TestWarehouse warehouse;
    private static DenominatorBasis basis;

    @BeforeAll
    static void build() throws SQLException {
        warehouse = KnownWarehouse.build();
        basis = new DenominatorBasis(warehouse.connection());
    }

    @AfterAll
    static void close() throws SQLException {
        warehouse.close();
    }

    @Test
    void fallsBackTo20PlusWhenNo18PlusFigureExistsUpToThePeriodsYear() {
        // Härnösand has 18+ only for 2027, after 2026.
        assertThat(basis.find("2280", Period.parse("2026H1"), ADULTS, "T")).contains(
                new PopulationDenominator("20+", true, "T", 2021, 20_000, false, "test"));
    }

    @Test
    void prefersTheWantedAgeGroupToANewerFallback() {
        assertThat(basis.find("1882", Period.parse("2026H1"), ADULTS, "K")).contains(
                new PopulationDenominator("18+", false, "K", 2024, 4_400, false, "test"));
    }

    @Test
    void findsNothingWithoutPopulationForTheSex() {
        assertThat(basis.find("2280", Period.parse("2026H1"), ADULTS, "K")).isEmpty();
    }

    @Test
    void tellsTheBasisOfEveryRateRowAndAgreesWithTheQueries() {
        IndicatorCatalogue catalogue = ProjectSql.catalogue();
        List<RawIndicatorRow> rows = new IndicatorRunner(catalogue).run(warehouse.connection());
        List<IndicatorSpec> rates = catalogue.specs().stream().filter(s -> s.population().isPresent()).toList();
        assertThat(rates).extracting(IndicatorSpec::id).containsExactly("new_children_rate", "new_victims_rate");
        for (IndicatorSpec spec : rates) {
            rows.stream().filter(r -> r.indicator().equals(spec.id())).forEach(row -> {
                Optional<PopulationDenominator> found = basis.forRow(spec, row);
                assertThat(found.map(p -> (double) p.population()).orElse(null))
                        .as(spec.id() + " " + row.municipality() + " " + row.period() + " " + row.breakdown())
                        .isEqualTo(row.denominator());
            });
        }
        IndicatorSpec children = catalogue.get("new_children_rate");
        assertThat(basis.forRow(children, new RawIndicatorRow(children.id(), "2280", "2026H1", "all", 3.0, 5000.0, null)))
                .hasValueSatisfying(p -> assertThat(p.ageGroup()).isEqualTo("0-19"));
    }

    @Test
    void hasNoBasisForIndicatorsThatAreNoRates() {
        IndicatorSpec screening = ProjectSql.catalogue().get("screening_rate");
        assertThat(basis.forRow(screening, new RawIndicatorRow(screening.id(), "2280", "2026H1", "all", 1.0, 2.0, null)))
                .isEmpty();
    }
}
