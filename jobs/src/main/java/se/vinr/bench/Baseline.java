package se.vinr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.ProjectFiles;
import se.vinr.extract.RecordKind;

/**
 * The comparison run: DuckDB alone, in the plain SQL of {@code sql/bench/}, over the same input files.
 * Extract reads every package's CSV of a kind in one statement, checks, hashes and writes Parquet
 * partitioned by municipality and period; load builds staging and deduplicated core tables; the
 * indicators are simple GROUP BY versions of the contract's core definitions.
 */
final class Baseline implements AutoCloseable {

    /** The kinds the synthetic packages hold, in the order vinr extracts them. */
    static final List<RecordKind> KINDS = List.of(RecordKind.CASES, RecordKind.CONTACTS, RecordKind.RISK_ASSESSMENTS,
            RecordKind.INTERVENTIONS, RecordKind.TRAINING, RecordKind.HEADCOUNT);

    private final Connection connection;
    private final ProjectFiles sql;
    private final Map<String, Path> paths;

    /**
     * @param directory where the baseline's Parquet and DuckDB file go
     * @param keyHex the bench key as hex text, for the stand-in keyed hash
     * @param population the seeds' {@code population.csv} as a file
     */
    Baseline(Path directory, ProjectFiles sql, Path input, String keyHex, Path population)
            throws SQLException, IOException {
        this.sql = sql;
        Files.createDirectories(directory.resolve("parquet"));
        this.paths = new LinkedHashMap<>();
        paths.put("input", input);
        paths.put("parquet", directory.resolve("parquet"));
        paths.put("population", population);
        this.connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"));
        try (Statement statement = connection.createStatement()) {
            // Every extension the baseline needs is built in; never reach for the network.
            statement.execute("SET autoinstall_known_extensions = false");
            statement.execute("SET autoload_known_extensions = false");
        }
        try (PreparedStatement key = connection.prepareStatement("SET VARIABLE bench_key = ?")) {
            key.setString(1, keyHex);
            key.execute();
        }
    }

    String version() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Extracts every kind present in the input; returns the rows written to Parquet. */
    long extract(Collection<RecordKind> present) throws SQLException {
        run("bench/macros.sql");
        long written = 0;
        for (RecordKind kind : KINDS) {
            if (present.contains(kind)) {
                written += run("bench/extract_" + kind.baseName() + ".sql");
            }
        }
        return written;
    }

    /** Loads every kind extracted into staging and core tables; returns the core rows. */
    long load() throws SQLException {
        long rows = 0;
        for (RecordKind kind : KINDS) {
            if (hasParquet(kind)) {
                run("bench/load_" + kind.baseName() + ".sql");
                rows += count("core." + kind.baseName());
            }
        }
        run("bench/load_reference.sql");
        return rows;
    }

    /** Declares the municipalities the indicators are computed for (every loaded period of each). */
    void scope(Collection<MunicipalityCode> municipalities) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE core.scope (municipality VARCHAR PRIMARY KEY)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO core.scope VALUES (?)")) {
            for (MunicipalityCode municipality : municipalities) {
                insert.setString(1, municipality.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Runs every indicator query of {@code sql/bench/indicators/}; returns the indicator rows computed. */
    long indicators() throws SQLException {
        long rows = 0;
        for (String file : sql.list("bench/indicators", ".sql")) {
            for (String query : SqlText.statements(sql.read(file), paths)) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery(query)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int i = 1; i <= columns; i++) {
                            result.getObject(i);
                        }
                        rows++;
                    }
                } catch (SQLException e) {
                    throw new SQLException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    /** Runs a script; returns the rows its COPY statements wrote (0 for the others). */
    private long run(String file) throws SQLException {
        long rows = 0;
        for (String statementText : SqlText.statements(sql.read(file), paths)) {
            try (Statement statement = connection.createStatement()) {
                if (statement.execute(statementText)) {
                    try (ResultSet result = statement.getResultSet()) {
                        if (statementText.startsWith("COPY") && result.next()) {
                            rows += result.getLong(1);
                        }
                    }
                } else if (statementText.startsWith("COPY")) {
                    rows += Math.max(0, statement.getUpdateCount());
                }
            } catch (SQLException e) {
                throw new SQLException(file + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private boolean hasParquet(RecordKind kind) {
        Path dir = paths.get("parquet").resolve(kind.baseName());
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
