package se.vinr.extract.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the extract's Parquet files back with DuckDB, the engine the load step uses. */
final class Parquet {

    private Parquet() {
    }

    /** The rows of {@code SELECT <columns> FROM read_parquet(file) ORDER BY source_line}. */
    static List<List<Object>> rows(Path file, String columns) throws SQLException {
        return query("SELECT " + columns + " FROM read_parquet(?) ORDER BY source_line", file);
    }

    /** Column name → DuckDB type, in file order. */
    static Map<String, String> types(Path file) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (List<Object> row : query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                file)) {
            types.put((String) row.get(0), (String) row.get(1));
        }
        return types;
    }

    static long count(Path file) throws SQLException {
        return ((Number) query("SELECT count(*) FROM read_parquet(?)", file).get(0).get(0)).longValue();
    }

    private static List<List<Object>> query(String sql, Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, file.toString());
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= width; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
