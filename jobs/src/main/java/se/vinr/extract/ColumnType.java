package se.vinr.extract;

/**
 * The typed column of an extract's Parquet file, and the Java type its values carry in a
 * {@link PseudonymisedRow}: STRING and CODE → String, DATE → LocalDate, BOOLEAN → Boolean,
 * INT → Integer, LONG → Long, DOUBLE → Double.
 */
public enum ColumnType {
    /** A high-cardinality string (pseudonyms). */
    STRING,
    /** A low-cardinality string (codes, unit names): dictionary-encoded. */
    CODE,
    DATE,
    BOOLEAN,
    INT,
    LONG,
    DOUBLE
}
