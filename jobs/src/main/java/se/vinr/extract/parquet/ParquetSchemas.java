package se.vinr.extract.parquet;

import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;

/** Maps an extract's {@link OutputSchema} to the Parquet message type its file is written with. */
final class ParquetSchemas {

    private ParquetSchemas() {
    }

    static MessageType messageType(OutputSchema schema) {
        List<Type> fields = new ArrayList<>();
        for (OutputColumn column : schema.columns()) {
            fields.add(field(column));
        }
        return new MessageType(schema.kind().baseName(), fields);
    }

    private static Type field(OutputColumn column) {
        Type.Repetition repetition = column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
        return switch (column.type()) {
            case STRING, CODE -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType()).named(column.name());
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
            case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
            case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
        };
    }
}
