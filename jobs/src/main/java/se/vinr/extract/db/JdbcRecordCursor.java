package se.vinr.extract.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.vinr.extract.FieldSpec;
import se.vinr.extract.FieldType;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.RawRecord;

/**
 * The rows of one record kind's query, read one at a time as {@link RawRecord}s. The query runs in a
 * read-only transaction with a forward-only result set fetched {@value JdbcRecordSource#FETCH_SIZE} rows
 * at a time (PostgreSQL streams only with autocommit off), so memory does not grow with the table.
 * Not thread-safe; close it to give the connection back.
 */
public final class JdbcRecordCursor implements AutoCloseable {

    private final RecordKind kind;
    private final Connection connection;
    private final boolean autoCommitBefore;
    private final boolean readOnlyBefore;
    private final DatabaseTexts texts;
    private final ZoneId zone;
    private PreparedStatement statement;
    private ResultSet rows;
    /** Per column (1-based, index 0 unused): the contract field it holds, or null when ignored. */
    private String[] fieldOfColumn;
    private int[] sqlTypes;
    private boolean[] dateColumns;
    private List<String> ignoredColumns;
    private long rowsRead;

    private JdbcRecordCursor(RecordKind kind, Connection connection, DatabaseTexts texts, ZoneId zone)
            throws SQLException {
        this.kind = kind;
        this.connection = connection;
        this.texts = texts;
        this.zone = zone;
        this.autoCommitBefore = connection.getAutoCommit();
        this.readOnlyBefore = connection.isReadOnly();
    }

    static JdbcRecordCursor open(Connection connection, RecordKind kind, String sql, Map<String, String> headerRenames,
                                 DatabaseTexts texts, ZoneId zone) {
        JdbcRecordCursor cursor;
        try {
            cursor = new JdbcRecordCursor(kind, connection, texts, zone);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw queryFailed(kind, texts, e);
        }
        try {
            cursor.execute(sql);
            cursor.readColumns(headerRenames);
            return cursor;
        } catch (SQLException e) {
            cursor.close();
            throw queryFailed(kind, texts, e);
        } catch (RuntimeException e) {
            cursor.close();
            throw e;
        }
    }

    private void execute(String sql) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(JdbcRecordSource.FETCH_SIZE);
        rows = statement.executeQuery();
    }

    private void readColumns(Map<String, String> headerRenames) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        int count = meta.getColumnCount();
        fieldOfColumn = new String[count + 1];
        sqlTypes = new int[count + 1];
        dateColumns = new boolean[count + 1];
        Map<String, String> columnOfField = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int column = 1; column <= count; column++) {
            String name = meta.getColumnLabel(column).trim();
            present.add(name);
            sqlTypes[column] = typeOf(meta, column);
            String key = name.toLowerCase(Locale.ROOT);
            String target = headerRenames.getOrDefault(key, key);
            FieldSpec field = kind.fields().stream().filter(f -> f.name().equalsIgnoreCase(target)).findFirst()
                    .orElse(null);
            if (field == null) {
                ignored.add(name);
                continue;
            }
            String earlier = columnOfField.putIfAbsent(field.name(), name);
            if (earlier != null) {
                throw new DatabaseSourceException(texts.text("database.duplicate_column", kind.baseName(), earlier,
                        name, field.name()));
            }
            fieldOfColumn[column] = field.name();
            dateColumns[column] = field.type() == FieldType.DATE;
        }
        List<String> missing = kind.fields().stream()
                .filter(f -> f.required() && !columnOfField.containsKey(f.name()))
                .map(FieldSpec::name).toList();
        if (!missing.isEmpty()) {
            String key = missing.size() == 1 ? "database.missing_column" : "database.missing_columns";
            throw new DatabaseSourceException(texts.text(key, kind.baseName(), String.join(", ", missing),
                    present.isEmpty() ? "-" : String.join(", ", present)));
        }
        ignoredColumns = List.copyOf(ignored);
    }

    /** The column's JDBC type; PostgreSQL reports {@code timestamptz} as TIMESTAMP, its type name tells. */
    private static int typeOf(ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        String name = String.valueOf(meta.getColumnTypeName(column)).toLowerCase(Locale.ROOT);
        return type == Types.TIMESTAMP && (name.contains("tz") || name.contains("zone"))
                ? Types.TIMESTAMP_WITH_TIMEZONE : type;
    }

    /**
     * The next row, or null after the last; {@code line} counts as in a CSV file with a header, so the
     * first row is line 2.
     *
     * @throws DatabaseSourceException when the database fails while rows are fetched
     */
    public RawRecord read() {
        try {
            if (!rows.next()) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (int column = 1; column < fieldOfColumn.length; column++) {
                if (fieldOfColumn[column] != null) {
                    values.put(fieldOfColumn[column],
                            ColumnText.of(rows, column, sqlTypes[column], dateColumns[column], zone));
                }
            }
            rowsRead++;
            return new RawRecord(rowsRead + 1, values, fieldOfColumn.length - 1, false);
        } catch (SQLException e) {
            throw new DatabaseSourceException(texts.text("database.read_failed", kind.baseName(), rowsRead,
                    texts.reason(e)), e);
        }
    }

    /** Column names of the query (as written) that match no field of the record kind; for the manifest. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Ends the read-only transaction and gives the connection back as it was. */
    @Override
    public void close() {
        // A failure to close a read-only transaction loses nothing: every row read is already with the caller.
        try {
            if (rows != null) {
                rows.close();
            }
            if (statement != null) {
                statement.close();
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(autoCommitBefore);
            }
            connection.setReadOnly(readOnlyBefore);
        } catch (SQLException e) {
            // nothing to undo; see above
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is being given up anyway
        }
    }

    private static DatabaseSourceException queryFailed(RecordKind kind, DatabaseTexts texts, SQLException e) {
        return new DatabaseSourceException(texts.text("database.query_failed", kind.baseName(), kind.baseName(),
                texts.reason(e)), e);
    }
}
