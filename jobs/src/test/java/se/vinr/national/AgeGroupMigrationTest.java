package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Migrations;
import se.vinr.load.Warehouse;

class AgeGroupMigrationTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFiguresOfAnOlderWarehouseAsFiguresForAllAges() throws Exception {
        try (Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            Migrations migrations = new Migrations(NationalTestSupport.SQL, NationalTestSupport.CLOCK);
            migrations.migrateTo(warehouse, 5);
            try (Statement statement = warehouse.connection().createStatement()) {
                statement.execute("INSERT INTO ref.national_figures (indicator, area, year, sex, value, unit, source,"
                        + " import_id, denominator) VALUES ('new_victims_rate', 'riket', '2025H1', 'K', 9.0, 'per_10000',"
                        + " 'old', 1, 4100000)");
            }

            migrations.migrate(warehouse);

            assertThat(rows(warehouse, "SELECT indicator, area, year, sex, value, denominator, age_group"
                    + " FROM ref.national_figures"))
                    .containsExactly("new_victims_rate|riket|2025H1|K|9.0|4100000.0|total");
            try (Statement statement = warehouse.connection().createStatement()) {
                statement.execute("INSERT INTO ref.national_figures (indicator, area, year, sex, value, source, import_id,"
                        + " age_group) VALUES ('new_victims_rate', 'riket', '2025H1', 'K', 12.0, 'new', 2, '18-24')");
                assertThatThrownBy(() -> statement.execute("INSERT INTO ref.national_figures (indicator, area, year,"
                        + " sex, value, source, import_id) VALUES ('new_victims_rate', 'riket', '2025H1', 'K', 1.0, 'x', 3)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("violates primary key constraint");
            }
            assertThat(rows(warehouse, "SELECT age_group FROM ref.national_figures ORDER BY age_group"))
                    .containsExactly("18-24", "total");
        }
    }
}
