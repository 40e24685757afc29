package se.vinr.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;

import se.vinr.core.ProjectFiles;

/**
 * A SQL file split into statements, run one statement at a time so that a failure names the
 * statement, and so that each statement gets the parameters it uses ({@code $1}, {@code $2}, ...:
 * every statement of a file shares one numbered parameter list). A statement must use its
 * parameters from {@code $1} without gaps: DuckDB 2.0 fails with an internal error on a gap.
 */
public record SqlScript(String name, List<String> statements) {

    public SqlScript {
        statements = List.copyOf(statements);
    }

    public static SqlScript load(ProjectFiles source, String path) {
        try {
            return parse(path, source.read(path));
        } catch (UncheckedIOException e) {
            throw new WarehouseException("cannot read the SQL file " + source.location(path) + ": "
                    + e.getCause().getMessage(), e);
        }
    }

    /** Splits on semicolons outside quotes and comments; statements that are only comments are dropped. */
    public static SqlScript parse(String name, String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                current.append(text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new WarehouseException(name + ": a /* comment is never closed");
                }
                current.append(text, i, end + 2);
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(text, i, c, name);
                current.append(text, i, end + 1);
                hasCode = true;
                i = end + 1;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(current.toString().trim());
                }
                current.setLength(0);
                hasCode = false;
                i++;
            } else {
                current.append(c);
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (hasCode) {
            statements.add(current.toString().trim());
        }
        return new SqlScript(name, statements);
    }

    private static int closingQuote(String text, int open, char quote, String name) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new WarehouseException(name + ": a quote " + quote + " is never closed");
    }

    /** Runs every statement in order; each binds as many of {@code parameters} as it declares. */
    public void run(Connection connection, Object... parameters) throws SQLException {
        for (int n = 0; n < statements.size(); n++) {
            try (PreparedStatement statement = prepare(connection, statements.get(n), parameters)) {
                statement.execute();
            } catch (SQLException e) {
                throw new SQLException(name + ", statement " + (n + 1) + ": " + e.getMessage(), e.getSQLState(), e);
            }
        }
    }

    /** Prepares one statement with the leading parameters it declares bound. */
    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int count = statement.getParameterMetaData().getParameterCount();
            if (count > parameters.length) {
                throw new SQLException("the statement needs " + count + " parameters, " + parameters.length + " given");
            }
            for (int p = 0; p < count; p++) {
                bind(statement, p + 1, parameters[p]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof LocalDateTime time) {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        } else {
            statement.setObject(index, value);
        }
    }
}
