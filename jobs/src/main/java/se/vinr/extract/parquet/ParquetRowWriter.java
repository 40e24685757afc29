package se.vinr.extract.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

import se.vinr.extract.ColumnType;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;

/**
 * Writes {@link PseudonymisedRow}s of one record kind to a local Parquet file, zstd-compressed, without
 * Hadoop: a {@link LocalOutputFile}, a {@link PlainParquetConfiguration} and {@link ZstdCodecFactory}
 * keep every Hadoop class unloaded.
 *
 * <p>Memory is bounded by one row group: parquet-java buffers the pages of the open row group and
 * flushes them when the group reaches {@link #ROW_GROUP_BYTES}; nothing here keeps rows.
 *
 * <p>The same rows give the same bytes: the file carries no timestamp, its {@code created_by} is the
 * parquet-java version and its {@code writer.model.name} is {@value RowWriteSupport#MODEL_NAME}.
 */
public final class ParquetRowWriter implements AutoCloseable {

    /** Row-group target size: bounds the writer's memory and is still large enough for fast scans. */
    public static final int ROW_GROUP_BYTES = 16 * 1024 * 1024;
    public static final int PAGE_BYTES = 1024 * 1024;

    private final OutputSchema schema;
    private final ParquetWriter<PseudonymisedRow> writer;
    private long rowsWritten;
    private boolean closed;

    private ParquetRowWriter(OutputSchema schema, ParquetWriter<PseudonymisedRow> writer) {
        this.schema = schema;
        this.writer = writer;
    }

    /** Creates {@code target}, replacing a file already there. */
    public static ParquetRowWriter open(Path target, OutputSchema schema) throws IOException {
        Builder builder = new Builder(new LocalOutputFile(target), new RowWriteSupport(schema))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withPageSize(PAGE_BYTES)
                .withDictionaryPageSize(PAGE_BYTES)
                .withDictionaryEncoding(false);
        for (OutputColumn column : schema.columns()) {
            if (column.type() == ColumnType.CODE) {
                builder.withDictionaryEncoding(column.name(), true);
            }
        }
        return new ParquetRowWriter(schema, builder.build());
    }

    /** @throws IllegalArgumentException if the row does not fit the schema; nothing of it is written */
    public void write(PseudonymisedRow row) throws IOException {
        if (closed) {
            throw new IllegalStateException("the Parquet writer is closed");
        }
        // checked here, before parquet-java sees the row: it refuses every write after one that threw
        check(row);
        writer.write(row);
        rowsWritten++;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    /** Flushes the last row group and writes the footer; the file is complete only after this. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }

    // Messages name the column and the Java class, never the value: it may be a pseudonym.
    private void check(PseudonymisedRow row) {
        List<OutputColumn> columns = schema.columns();
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(schema.kind().parquetName() + " has " + columns.size()
                    + " columns but the row has " + row.size() + " values");
        }
        for (int i = 0; i < columns.size(); i++) {
            OutputColumn column = columns.get(i);
            Object value = row.get(i);
            if (value == null) {
                if (column.required()) {
                    throw new IllegalArgumentException("column " + column.name() + " of "
                            + schema.kind().parquetName() + " is required but the row has no value");
                }
            } else if (!javaType(column.type()).isInstance(value)) {
                throw new IllegalArgumentException("column " + column.name() + " of "
                        + schema.kind().parquetName() + " takes " + javaType(column.type()).getSimpleName()
                        + " but the row has " + value.getClass().getSimpleName());
            }
        }
    }

    private static Class<?> javaType(ColumnType type) {
        return switch (type) {
            case STRING, CODE -> String.class;
            case DATE -> LocalDate.class;
            case BOOLEAN -> Boolean.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
        };
    }

    private static final class Builder extends ParquetWriter.Builder<PseudonymisedRow, Builder> {

        private final RowWriteSupport writeSupport;

        Builder(OutputFile file, RowWriteSupport writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<PseudonymisedRow> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }

        /** Required by the abstract builder; never called, since the writer is built with a ParquetConfiguration. */
        @Override
        protected WriteSupport<PseudonymisedRow> getWriteSupport(Configuration conf) {
            throw new UnsupportedOperationException("vinr writes Parquet without Hadoop");
        }
    }
}
