package se.vinr.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into a warehouse table {@value #ROWS_PER_STATEMENT} to a statement, prepared once per table:
 * DuckDB runs a JDBC batch one row at a time, and preparing a statement of many rows costs about as much
 * as running it, so row by row (about 0.8 ms a row) and a fresh statement per chunk both made writing the
 * demo's ten publications (14,000 rows) seconds of its publish time; this way it is about 0.1 ms a row.
 */
final class ManyRowInsert {

    static final int ROWS_PER_STATEMENT = 50;

    private ManyRowInsert() {
    }

    /** @param rows one value per column each, in the order of {@code columns} */
    static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        int whole = rows.size() - rows.size() % ROWS_PER_STATEMENT;
        if (whole > 0) {
            try (PreparedStatement full = connection.prepareStatement(sql(table, columns, ROWS_PER_STATEMENT))) {
                for (int from = 0; from < whole; from += ROWS_PER_STATEMENT) {
                    run(full, rows.subList(from, from + ROWS_PER_STATEMENT));
                }
            }
        }
        if (whole < rows.size()) {
            try (PreparedStatement last = connection.prepareStatement(sql(table, columns, rows.size() - whole))) {
                run(last, rows.subList(whole, rows.size()));
            }
        }
    }

    private static String sql(String table, List<String> columns, int rows) {
        String row = "(?" + ", ?".repeat(columns.size() - 1) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    private static void run(PreparedStatement insert, List<Object[]> chunk) throws SQLException {
        int parameter = 1;
        for (Object[] values : chunk) {
            for (Object value : values) {
                insert.setObject(parameter++, value);
            }
        }
        insert.executeUpdate();
    }
}
