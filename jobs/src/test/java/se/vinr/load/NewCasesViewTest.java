package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.load.ExtractFixture.caseRow;

import java.nio.file.Path;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.RecordKind;

class NewCasesViewTest {

    @TempDir
    Path out;

    @Test
    void showsNewCasesPerHalfYearNextToPopulationAndTheNationalReferenceForAllAges() throws Exception {
        try (Warehouse warehouse = TestWarehouses.migrated(out)) {
            PeriodLoader loader = TestWarehouses.loader();
            ExtractFixture first = new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES,
                    caseRow("c1", "p1", "victim", "2026-02-01"),
                    caseRow("c1", "p2", "child_witness", "2026-02-01"),
                    caseRow("c2", "p1", "victim", "2026-03-01"),
                    caseRow("c0", "p3", "victim", "2025-12-01")).write();
            ExtractFixture second = new ExtractFixture(out, "2280", "2026H2").rows(RecordKind.CASES,
                    caseRow("c3", "p4", "victim", "2026-08-01")).write();
            loader.load(warehouse, first.layout(), first.municipality(), first.period(), LoadOptions.defaults());
            loader.load(warehouse, second.layout(), second.municipality(), second.period(), LoadOptions.defaults());
            try (Statement reference = warehouse.connection().createStatement()) {
                reference.execute("INSERT INTO ref.imports VALUES (1, 'test', 'test', 'x', now(), 4)");
                reference.execute("INSERT INTO ref.municipalities VALUES ('2280', 'Härnösand', '22', 'Västernorrlands län',"
                        + " 'C6', 'Mindre stad/tätort', 'C')");
                reference.execute("INSERT INTO ref.population VALUES ('2280', 2021, 'T', 'total', 24000, 's', false, 1),"
                        + " ('2280', 2024, 'T', 'total', 25000, 's', false, 1), ('2280', 2024, 'K', 'total', 12000, 's', false, 1),"
                        + " ('2280', 2027, 'T', 'total', 99999, 's', false, 1)");
                reference.execute("INSERT INTO ref.national_figures (indicator, area, year, sex, value, unit, source, year_num,"
                        + " import_id, age_group) VALUES ('new_cases_per_10000', 'riket', '2026H1', 'T', 1.5, 'per_10000', 'test',"
                        + " 2026, 1, 'total'), ('new_cases_per_10000', 'riket', '2026', 'T', 3.0, 'per_10000', 'test', 2026, 1,"
                        + " 'total'), ('new_cases_per_10000', 'riket', '2026H1', 'T', 9.9, 'per_10000', 'test', 2026, 1, '18-24')");
            }

            assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT municipality_name, period, new_cases, population,"
                    + " population_year, new_cases_per_10000, riket_new_cases_per_10000"
                    + " FROM core.new_cases_by_period WHERE municipality = '2280' ORDER BY period"))
                    .containsExactly("Härnösand|2026H1|2|25000|2024|0.8|1.5", "Härnösand|2026H2|1|25000|2024|0.4|null");
        }
    }
}
