package se.vinr.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.vinr.load.Warehouse;

/**
 * Table contents as sorted text rows, read with DuckDB, so that two outputs can be compared whole:
 * a lost row, a duplicated row or a changed value all show as a difference.
 */
final class TableRows {

    private TableRows() {
    }

    /**
     * Every table and view of {@code schemas} in the warehouse, each as its rows sorted, without
     * timestamp columns and without {@code ignoredColumns}: those record when something happened, which
     * differs between two runs of the same data.
     */
    static Map<String, List<String>> warehouse(Path file, List<String> schemas, Set<String> ignoredColumns)
            throws SQLException {
        try (Warehouse warehouse = Warehouse.openReadOnly(file)) {
            Connection connection = warehouse.connection();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            String inSchemas = schemas.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
            try (Statement query = connection.createStatement();
                 ResultSet result = query.executeQuery("SELECT table_schema || '.' || table_name, column_name,"
                         + " data_type FROM information_schema.columns WHERE table_schema IN (" + inSchemas + ")"
                         + " ORDER BY 1, ordinal_position")) {
                while (result.next()) {
                    List<String> ofTable = columns.computeIfAbsent(result.getString(1), t -> new ArrayList<>());
                    String column = result.getString(2);
                    if (!result.getString(3).startsWith("TIMESTAMP") && !ignoredColumns.contains(column)) {
                        ofTable.add('"' + column + '"');
                    }
                }
            }
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                tables.put(table.getKey(), rows(connection, "SELECT " + String.join(", ", table.getValue())
                        + " FROM " + table.getKey() + " ORDER BY ALL"));
            }
            return tables;
        }
    }

    /** The rows of a Parquet file, sorted. */
    static List<String> parquet(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return rows(connection, "SELECT * FROM read_parquet(" + literal(file) + ") ORDER BY ALL");
        }
    }

    /** The number of rows of {@code table} that are exact copies of another of its rows. */
    static long duplicates(Path warehouseFile, String table) throws SQLException {
        try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile);
             Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery("SELECT (SELECT count(*) FROM " + table
                     + ") - (SELECT count(*) FROM (SELECT DISTINCT * FROM " + table + "))")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A single number, or 0 when {@code table} does not exist (a warehouse whose schema never got that far). */
    static long count(Path warehouseFile, String table, String where) throws SQLException {
        try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile);
             Statement statement = warehouse.connection().createStatement()) {
            String[] name = table.split("\\.");
            try (ResultSet exists = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = '" + name[0] + "' AND table_name = '" + name[1] + "'")) {
                exists.next();
                if (exists.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
