package se.vinr.extract.parquet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vinr.extract.ColumnType;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;

/** Rows for any output schema, with values that differ by line so a mix-up between rows shows. */
final class Rows {

    private Rows() {
    }

    /** Every column filled; the LONG {@code source_line} carries {@code line}. */
    static PseudonymisedRow full(OutputSchema schema, long line) {
        return row(schema, line, true);
    }

    /** Only the required columns filled; every optional one null. */
    static PseudonymisedRow sparse(OutputSchema schema, long line) {
        return row(schema, line, false);
    }

    /** Full rows for lines 2, 3, ... as a CSV with a header line numbers them. */
    static List<PseudonymisedRow> many(OutputSchema schema, int count) {
        List<PseudonymisedRow> rows = new ArrayList<>();
        for (long line = 2; line < count + 2; line++) {
            rows.add(full(schema, line));
        }
        return rows;
    }

    private static PseudonymisedRow row(OutputSchema schema, long line, boolean withOptional) {
        List<OutputColumn> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            OutputColumn column = columns.get(i);
            values[i] = column.required() || withOptional ? value(column.type(), line) : null;
        }
        return new PseudonymisedRow(values);
    }

    private static Object value(ColumnType type, long line) {
        return switch (type) {
            case STRING -> "9f86d081884c7d65" + Long.toHexString(line * 7919);
            case CODE -> List.of("victim", "perpetrator", "Socialtjänsten Östra").get((int) (line % 3));
            case DATE -> LocalDate.of(2026, 1, 1).plusDays(line % 400);
            case BOOLEAN -> line % 2 == 0;
            case INT -> (int) (line % 100);
            case LONG -> line;
            case DOUBLE -> line / 4.0;
        };
    }
}
