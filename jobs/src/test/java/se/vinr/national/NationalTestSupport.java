package se.vinr.national;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;

/** A migrated warehouse, the fixtures of {@code src/test/resources/national}, and table reads. */
final class NationalTestSupport {

    static final ProjectFiles SQL = ProjectFiles.of(Path.of("..", "sql"), ProjectFiles.SQL);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-03T08:00:00Z"), ZoneOffset.UTC);

    private NationalTestSupport() {
    }

    static Warehouse warehouse(Path dir) {
        Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(SQL, CLOCK).migrate(warehouse);
        return warehouse;
    }

    static ReferenceStore store() {
        return new ReferenceStore(SQL, CLOCK);
    }

    static Path fixture(String name) {
        try {
            return Path.of(NationalTestSupport.class.getResource("/national/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture national/" + name, e);
        }
    }

    static List<String> rows(Warehouse warehouse, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = warehouse.connection().prepareStatement(query); ResultSet result = select.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(result.getObject(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
