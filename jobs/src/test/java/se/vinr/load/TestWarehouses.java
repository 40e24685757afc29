package se.vinr.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import se.vinr.core.ProjectFiles;

/** The project's own SQL (read from the worktree) and warehouses built with it. */
final class TestWarehouses {

    static final ProjectFiles SQL = ProjectFiles.of(Path.of("..", "sql"), ProjectFiles.SQL);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-03T08:00:00Z"), ZoneOffset.UTC);

    private TestWarehouses() {
    }

    static Warehouse migrated(Path dir) {
        Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(SQL, CLOCK).migrate(warehouse);
        return warehouse;
    }

    static PeriodLoader loader() {
        return loader(DataTestConfig.defaults());
    }

    static PeriodLoader loader(DataTestConfig config) {
        return new PeriodLoader(SQL, new DataTests(SQL, config), CLOCK);
    }
}
