package se.vinr.indicators;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import se.vinr.core.Period;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.RecordKind;

/**
 * An in-memory DuckDB with the warehouse tables the indicator queries read. The core tables are made
 * from the extract's own {@link OutputSchema}, so a column renamed there breaks these tests too.
 */
final class TestWarehouse implements AutoCloseable {

    private final Connection connection;

    private TestWarehouse(Connection connection) {
        this.connection = connection;
    }

    static TestWarehouse create() throws SQLException {
        TestWarehouse warehouse = new TestWarehouse(DriverManager.getConnection("jdbc:duckdb:"));
        warehouse.execute("CREATE SCHEMA core");
        warehouse.execute("CREATE SCHEMA ref");
        for (RecordKind kind : RecordKind.values()) {
            StringJoiner columns = new StringJoiner(", ");
            columns.add("municipality VARCHAR").add("period VARCHAR");
            for (OutputColumn column : OutputSchema.of(kind).columns()) {
                if (!column.name().equals("source_line")) {
                    columns.add('"' + column.name() + "\" " + sqlType(column));
                }
            }
            warehouse.execute("CREATE TABLE core." + kind.baseName() + " (" + columns + ")");
        }
        warehouse.execute("CREATE TABLE core.periods (municipality VARCHAR, period VARCHAR, start_date DATE, "
                + "end_date DATE, loaded_at TIMESTAMP)");
        warehouse.execute("CREATE TABLE ref.population (municipality_code VARCHAR, year INTEGER, sex VARCHAR, "
                + "age_group VARCHAR, population BIGINT, source VARCHAR, derived BOOLEAN)");
        warehouse.execute("CREATE TABLE ref.municipalities (municipality_code VARCHAR, municipality_name VARCHAR, "
                + "county_code VARCHAR, county_name VARCHAR, skr_group_code VARCHAR, skr_group_name VARCHAR, "
                + "skr_main_group VARCHAR)");
        // The queries call the shared macros; they are made by the project's own migration.
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(ProjectSql.root().resolve("schema"))) {
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().endsWith("__indicator_macros.sql")).toList()) {
                se.vinr.load.SqlScript.parse(file.toString(), java.nio.file.Files.readString(file)).run(warehouse.connection);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return warehouse;
    }

    Connection connection() {
        return connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    void period(String municipality, String period) throws SQLException {
        Period p = Period.parse(period);
        insert("core.periods", values("municipality", municipality, "period", period, "start_date", p.start(),
                "end_date", p.end()));
    }

    void population(String municipality, int year, String sex, String ageGroup, long population) throws SQLException {
        insert("ref.population", values("municipality_code", municipality, "year", year, "sex", sex,
                "age_group", ageGroup, "population", population, "source", "test", "derived", false));
    }

    /** Inserts one row; dates may be given as {@code yyyy-MM-dd} text. */
    void insert(String table, Map<String, Object> values) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        List<Object> args = new ArrayList<>();
        values.forEach((name, value) -> {
            names.add('"' + name + '"');
            marks.add("?");
            args.add(value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
        });
        try (PreparedStatement statement =
                     connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            statement.executeUpdate();
        }
    }

    /** Alternating column names and values, in order; a value of {@code null} leaves the column empty. */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                value = LocalDate.parse(text);
            }
            values.put((String) namesAndValues[i], value);
        }
        return values;
    }

    static String ageBand(int age) {
        if (age < 18) {
            return "0-17";
        } else if (age < 25) {
            return "18-24";
        } else if (age < 45) {
            return "25-44";
        } else if (age < 65) {
            return "45-64";
        } else if (age < 80) {
            return "65-79";
        }
        return "80+";
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

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
