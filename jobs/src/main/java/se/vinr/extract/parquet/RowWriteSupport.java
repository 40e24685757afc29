package se.vinr.extract.parquet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

import se.vinr.extract.ColumnType;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;

/**
 * Feeds {@link PseudonymisedRow}s to parquet-java's record consumer, one field per non-null value.
 * Rows arrive checked against the schema by {@link ParquetRowWriter}.
 */
final class RowWriteSupport extends WriteSupport<PseudonymisedRow> {

    /** Recorded as the file's {@code writer.model.name}; a fixed string keeps the bytes reproducible. */
    static final String MODEL_NAME = "vinr";

    private final OutputSchema schema;
    private final List<OutputColumn> columns;
    private RecordConsumer consumer;

    RowWriteSupport(OutputSchema schema) {
        this.schema = schema;
        this.columns = schema.columns();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(ParquetSchemas.messageType(schema), Map.of());
    }

    /** Required by the abstract class; never called, since the writer is built with a ParquetConfiguration. */
    @Override
    public WriteContext init(Configuration configuration) {
        throw new UnsupportedOperationException("vinr writes Parquet without Hadoop");
    }

    @Override
    public String getName() {
        return MODEL_NAME;
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(PseudonymisedRow row) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.get(i);
            if (value != null) {
                OutputColumn column = columns.get(i);
                consumer.startField(column.name(), i);
                add(column.type(), value);
                consumer.endField(column.name(), i);
            }
        }
        consumer.endMessage();
    }

    private void add(ColumnType type, Object value) {
        switch (type) {
            case STRING, CODE -> consumer.addBinary(Binary.fromString((String) value));
            case DATE -> consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
            case INT -> consumer.addInteger((Integer) value);
            case LONG -> consumer.addLong((Long) value);
            case DOUBLE -> consumer.addDouble((Double) value);
        }
    }
}
