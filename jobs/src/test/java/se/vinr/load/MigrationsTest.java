package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.ProjectFiles;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.RecordKind;

class MigrationsTest {

    @TempDir
    Path dir;

    private final Migrations migrations = new Migrations(TestWarehouses.SQL, TestWarehouses.CLOCK);

    @Test
    void bringsANewWarehouseToTheLatestVersion() throws Exception {
        try (Warehouse warehouse = Warehouse.open(dir.resolve("w.duckdb"))) {
            MigrationResult result = migrations.migrate(warehouse);

            assertThat(result.fromVersion()).isZero();
            assertThat(result.toVersion()).isEqualTo(migrations.latestVersion()).isGreaterThanOrEqualTo(4);
            assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT version, script FROM meta.schema_version ORDER BY 1"))
                    .startsWith("1|V001__staging_and_meta.sql", "2|V002__core.sql", "3|V003__reference.sql",
                            "4|V004__marts.sql");
        }
    }

    @Test
    void upgradesAWarehouseCreatedAtV001InPlace() throws Exception {
        Path file = dir.resolve("w.duckdb");
        try (Warehouse old = Warehouse.open(file)) {
            migrations.migrateTo(old, 1);
            try (Statement insert = old.connection().createStatement()) {
                insert.execute("INSERT INTO staging.plan_status VALUES ('2280', '2025H2', '1.1', 'done', NULL, NULL, 2)");
            }
        }
        try (Warehouse warehouse = Warehouse.open(file)) {
            assertThat(migrations.currentVersion(warehouse)).isEqualTo(1);

            MigrationResult result = migrations.migrate(warehouse);

            assertThat(result.fromVersion()).isEqualTo(1);
            assertThat(result.applied()).extracting(Migration::version).startsWith(2, 3, 4);
            assertThat(migrations.currentVersion(warehouse)).isEqualTo(migrations.latestVersion());
            assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT activity_id, status FROM staging.plan_status"))
                    .containsExactly("1.1|done");
        }
    }

    @Test
    void movesTheExactNewCasesViewOutOfTheLedgerSchemaOfAWarehouseMadeBeforeV010() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Warehouse old = Warehouse.open(file)) {
            migrations.migrateTo(old, 9);
            try (Statement made = old.connection().createStatement()) {
                // What V004 and V007 created before V010 held the view's one definition.
                made.execute("CREATE VIEW mart.new_cases_by_period AS SELECT municipality, period FROM core.periods");
            }
        }
        try (Warehouse upgraded = Warehouse.open(file); Warehouse fresh = Warehouse.open(dir.resolve("new.duckdb"))) {
            migrations.migrate(upgraded);
            migrations.migrate(fresh);

            String views = "SELECT schema_name || '.' || view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1";
            assertThat(WarehouseDump.rows(upgraded.connection(), views)).contains("core.new_cases_by_period")
                    .noneMatch(view -> view.startsWith("mart.new_cases"));
            String columns = "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema IN ('core', 'mart') ORDER BY 1, 2, ordinal_position";
            assertThat(WarehouseDump.rows(upgraded.connection(), columns))
                    .isEqualTo(WarehouseDump.rows(fresh.connection(), columns));
        }
    }

    @Test
    void migratingAnUpToDateWarehouseChangesNothing() throws Exception {
        try (Warehouse warehouse = Warehouse.open(dir.resolve("w.duckdb"))) {
            migrations.migrate(warehouse);
            var before = WarehouseDump.of(warehouse);

            MigrationResult again = migrations.migrate(warehouse);

            assertThat(again.applied()).isEmpty();
            assertThat(WarehouseDump.of(warehouse)).isEqualTo(before);
        }
    }

    @Test
    void refusesAWarehouseNewerThanItKnows() throws Exception {
        try (Warehouse warehouse = Warehouse.open(dir.resolve("w.duckdb"))) {
            migrations.migrate(warehouse);
            try (Statement insert = warehouse.connection().createStatement()) {
                insert.execute("INSERT INTO meta.schema_version VALUES (99, 'future', 'V099__future.sql', 'x', now())");
            }

            assertThatThrownBy(() -> migrations.migrate(warehouse))
                    .isInstanceOf(SchemaTooNewException.class)
                    .hasMessageContaining("schema version 99, newer than the " + migrations.latestVersion());
        }
    }

    @Test
    void refusesSchemaFilesWithAGapInTheirVersions() throws Exception {
        Path sql = dir.resolve("sql");
        Files.createDirectories(sql.resolve("schema"));
        Files.writeString(sql.resolve("schema/V001__one.sql"), "CREATE SCHEMA meta;");
        Files.writeString(sql.resolve("schema/V003__three.sql"), "SELECT 1;");

        assertThatThrownBy(() -> new Migrations(ProjectFiles.of(sql, ProjectFiles.SQL), TestWarehouses.CLOCK).available())
                .hasMessageContaining("V003__three.sql should be version 2");
    }

    @Test
    void aFailingSchemaFileIsUndoneAndNotRecorded() throws Exception {
        Path sql = dir.resolve("sql");
        Files.createDirectories(sql.resolve("schema"));
        Files.copy(Path.of("..", "sql", "schema", "V001__staging_and_meta.sql"), sql.resolve("schema/V001__staging_and_meta.sql"));
        Files.writeString(sql.resolve("schema/V002__broken.sql"), "CREATE TABLE core.half_done (a INTEGER);\nCREATE TABLE oops (;");
        try (Warehouse warehouse = Warehouse.open(dir.resolve("w.duckdb"))) {
            Migrations broken = new Migrations(ProjectFiles.of(sql, ProjectFiles.SQL), TestWarehouses.CLOCK);

            assertThatThrownBy(() -> broken.migrate(warehouse)).hasMessageContaining("V002__broken.sql, statement 2");

            assertThat(broken.currentVersion(warehouse)).isEqualTo(1);
            assertThat(WarehouseDump.rows(warehouse.connection(),
                    "SELECT table_name FROM information_schema.tables WHERE table_name = 'half_done'")).isEmpty();
        }
    }

    @Test
    void stagingAndCoreTablesHaveTheColumnsOfTheExtractsParquetFiles() throws Exception {
        try (Warehouse warehouse = TestWarehouses.migrated(dir)) {
            for (RecordKind kind : RecordKind.values()) {
                List<String> staging = new ArrayList<>(List.of("municipality VARCHAR", "period VARCHAR"));
                for (OutputColumn column : OutputSchema.of(kind).columns()) {
                    staging.add(column.name() + " " + sqlType(column));
                }
                List<String> core = new ArrayList<>(staging.subList(0, staging.size() - 1));

                assertThat(columns(warehouse, "staging", kind.baseName())).as("staging." + kind.baseName()).isEqualTo(staging);
                assertThat(columns(warehouse, "core", kind.baseName())).as("core." + kind.baseName()).isEqualTo(core);
            }
        }
    }

    private static List<String> columns(Warehouse warehouse, String schema, String table) throws Exception {
        return WarehouseDump.rows(warehouse.connection(), "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                + " WHERE table_schema = '" + schema + "' AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private static String sqlType(OutputColumn column) {
        return switch (column.type()) {
            case STRING, CODE -> "VARCHAR";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
        };
    }
}
