package se.vinr.extract.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a Parquet file back with DuckDB, the engine the load step uses. */
final class DuckDb {

    private DuckDb() {
    }

    /** The rows of a query over {@code read_parquet(?)} with the file bound to the one parameter. */
    static List<List<Object>> query(String sqlWithFileParameter, Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement(sqlWithFileParameter)) {
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

    static long count(Path file) throws SQLException {
        return ((Number) query("SELECT count(*) FROM read_parquet(?)", file).get(0).get(0)).longValue();
    }
}
