package se.vinr.extract.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A column value as the text a CSV export would hold, so the validation after it cannot tell the two
 * sources apart: DATE as {@code yyyy-MM-dd}, BOOLEAN as {@code true}/{@code false}, numbers in plain
 * notation without trailing zeros, NULL as an empty value, everything else as the driver's text.
 */
final class ColumnText {

    private ColumnText() {
    }

    /**
     * @param dateField whether the column feeds a contract date field: a timestamp then gives its date
     *                  (a time-of-day would make every date invalid), elsewhere its full ISO text
     * @param zone where a timestamp with time zone is turned into a local date: the municipality's own
     */
    static String of(ResultSet row, int column, int sqlType, boolean dateField, ZoneId zone) throws SQLException {
        String text = switch (sqlType) {
            case Types.DATE -> format(row.getObject(column, LocalDate.class));
            case Types.TIMESTAMP -> timestamp(row.getObject(column, LocalDateTime.class), dateField);
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                yield value == null ? null
                        : timestamp(value.atZoneSameInstant(zone).toLocalDateTime(), dateField);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = row.getBoolean(column);
                yield row.wasNull() ? null : Boolean.toString(value);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL ->
                    plain(row.getBigDecimal(column));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = row.getDouble(column);
                yield row.wasNull() ? null : Double.isFinite(value) ? plain(BigDecimal.valueOf(value))
                        : Double.toString(value);
            }
            default -> row.getString(column);
        };
        return text == null ? "" : text;
    }

    private static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String timestamp(LocalDateTime value, boolean dateField) {
        if (value == null) {
            return null;
        }
        return dateField ? value.toLocalDate().toString() : value.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
