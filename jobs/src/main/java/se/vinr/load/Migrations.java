package se.vinr.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vinr.core.Sha256;
import se.vinr.core.ProjectFiles;

/**
 * Brings a warehouse to the schema this vinr knows by running {@code schema/V*.sql} in version
 * order, each file in its own transaction together with its row in {@code meta.schema_version}.
 * An older warehouse is upgraded in place, never rebuilt, so loaded periods survive an upgrade;
 * a newer one is refused, because this vinr cannot know what the newer files changed.
 */
public final class Migrations {

    private static final String FOLDER = "schema";

    private final ProjectFiles sql;
    private final Clock clock;

    public Migrations(ProjectFiles sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The schema files, in version order; versions must run 1, 2, 3... without gaps. */
    public List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        List<String> files = sql.list(FOLDER, ".sql");
        if (files.isEmpty()) {
            throw new WarehouseException("there are no schema files in " + sql.location(FOLDER));
        }
        for (String path : files) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            Migration migration = Migration.fromFileName(name).orElseThrow(() -> new WarehouseException(
                    "the schema file " + name + " in " + sql.describe() + " is not named V<number>__<words>.sql"));
            migrations.add(migration);
        }
        migrations.sort((a, b) -> Integer.compare(a.version(), b.version()));
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new WarehouseException("the schema files in " + sql.describe() + " must be numbered 1, 2, 3... without"
                        + " gaps or repeats; " + migrations.get(i).fileName() + " should be version " + (i + 1));
            }
        }
        return migrations;
    }

    public int latestVersion() {
        return available().size();
    }

    /** The warehouse's schema version; 0 for a new, empty warehouse. */
    public int currentVersion(Warehouse warehouse) {
        try {
            return currentVersion(warehouse.connection());
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the schema version of " + warehouse.file() + ": " + e.getMessage(), e);
        }
    }

    /** Upgrades to the latest version. */
    public MigrationResult migrate(Warehouse warehouse) {
        return migrateTo(warehouse, latestVersion());
    }

    /** Upgrades to {@code target}; a warehouse already at or above it is left alone (or refused if above the latest). */
    public MigrationResult migrateTo(Warehouse warehouse, int target) {
        List<Migration> migrations = available();
        if (target < 0 || target > migrations.size()) {
            throw new IllegalArgumentException("no schema version " + target + "; the latest is " + migrations.size());
        }
        int from = currentVersion(warehouse);
        if (from > migrations.size()) {
            throw new SchemaTooNewException(warehouse.file(), from, migrations.size());
        }
        List<Migration> applied = new ArrayList<>();
        for (Migration migration : migrations.subList(Math.min(from, target), target)) {
            apply(warehouse, migration);
            applied.add(migration);
        }
        return new MigrationResult(from, Math.max(from, target), applied);
    }

    private void apply(Warehouse warehouse, Migration migration) {
        String path = FOLDER + "/" + migration.fileName();
        String text = sql.read(path);
        SqlScript script = SqlScript.parse(path, text);
        warehouse.inTransaction(connection -> {
            script.run(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO meta.schema_version VALUES (?, ?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.fileName());
                insert.setString(4, Sha256.of(text));
                insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(clock)));
                insert.executeUpdate();
            }
            return null;
        });
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'meta' AND table_name = 'schema_version'");
             ResultSet found = exists.executeQuery()) {
            found.next();
            if (found.getLong(1) == 0) {
                return 0;
            }
        }
        try (PreparedStatement max = connection.prepareStatement("SELECT max(version) FROM meta.schema_version");
             ResultSet version = max.executeQuery()) {
            version.next();
            return Optional.ofNullable((Integer) version.getObject(1)).orElse(0);
        }
    }
}
