package se.vinr.extract;

/** One column of an extract's Parquet file; every column is optional (nullable) unless {@code required}. */
public record OutputColumn(String name, ColumnType type, boolean required) {
}
