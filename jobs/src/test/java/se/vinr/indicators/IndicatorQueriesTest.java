package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What holds for every indicator query at once, run together on {@link KnownWarehouse} (two municipalities,
 * several periods): a row per loaded period and nothing else, and the columns each unit fills. Each
 * indicator's own figures are worked out by hand in its test data, {@code sql/indicators/<id>.test.yml}
 * (run by {@link IndicatorModelTestsTest}).
 */
class IndicatorQueriesTest {

    private static TestWarehouse warehouse;
    private static List<RawIndicatorRow> rows;

    @BeforeAll
    static void runEveryIndicator() throws Exception {
        warehouse = KnownWarehouse.build();
        rows = new IndicatorRunner(ProjectSql.catalogue()).run(warehouse.connection());
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
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
}
