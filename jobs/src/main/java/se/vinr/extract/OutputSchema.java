package se.vinr.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet columns of a record kind: each input field in order (identifiers replaced by their
 * pseudonyms under the same name), then what is derived from the person id ({@code sex} where the
 * file has no sex field, {@code age} and {@code age_band} at the event date), then {@code source_line}
 * so a load-time finding can point back to the input line.
 */
public record OutputSchema(RecordKind kind, List<OutputColumn> columns) {

    public OutputSchema {
        columns = List.copyOf(columns);
    }

    public static OutputSchema of(RecordKind kind) {
        List<OutputColumn> columns = new ArrayList<>();
        boolean hasPerson = false;
        for (FieldSpec field : kind.fields()) {
            columns.add(new OutputColumn(field.name(), typeOf(field), field.required()));
            hasPerson |= field.type() == FieldType.PERSON_ID;
        }
        if (hasPerson) {
            if (kind.field("sex").isEmpty()) {
                columns.add(new OutputColumn("sex", ColumnType.CODE, false));
            }
            if (kind.eventDate().isPresent()) {
                columns.add(new OutputColumn("age", ColumnType.INT, false));
                columns.add(new OutputColumn("age_band", ColumnType.CODE, false));
            }
        }
        columns.add(new OutputColumn("source_line", ColumnType.LONG, true));
        return new OutputSchema(kind, columns);
    }

    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + kind.parquetName());
    }

    private static ColumnType typeOf(FieldSpec field) {
        return switch (field.type()) {
            case ID, PERSON_ID -> ColumnType.STRING;
            case TEXT, FREE_TEXT, CODE, CODE_LIST -> ColumnType.CODE;
            case DATE -> ColumnType.DATE;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case INTEGER -> ColumnType.LONG;
            case NUMBER -> ColumnType.DOUBLE;
        };
    }
}
