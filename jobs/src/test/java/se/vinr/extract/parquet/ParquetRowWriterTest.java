package se.vinr.extract.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.vinr.extract.ColumnType;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;
import se.vinr.extract.RecordKind;

class ParquetRowWriterTest {

    private static final OutputSchema CASES = OutputSchema.of(RecordKind.CASES);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void givesDuckDbTheColumnsTypesAndRepetitionsOfTheSchema(RecordKind kind) throws Exception {
        OutputSchema schema = OutputSchema.of(kind);
        Path file = write(schema, List.of(Rows.full(schema, 2)));

        List<List<Object>> described = DuckDb.query("DESCRIBE SELECT * FROM read_parquet(?)", file);
        List<List<Object>> parquetSchema = DuckDb.query(
                "SELECT name, repetition_type FROM parquet_schema(?) WHERE num_children IS NULL", file);

        List<List<Object>> expectedTypes = new ArrayList<>();
        List<List<Object>> expectedRepetitions = new ArrayList<>();
        for (OutputColumn column : schema.columns()) {
            expectedTypes.add(List.of(column.name(), duckDbType(column.type())));
            expectedRepetitions.add(List.of(column.name(), column.required() ? "REQUIRED" : "OPTIONAL"));
        }
        assertThat(described).map(row -> row.subList(0, 2)).isEqualTo(expectedTypes);
        assertThat(parquetSchema).isEqualTo(expectedRepetitions);
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void readsBackEveryValueAndEveryNullOfEveryRecordKind(RecordKind kind) throws Exception {
        OutputSchema schema = OutputSchema.of(kind);
        List<PseudonymisedRow> rows = List.of(Rows.full(schema, 2), Rows.sparse(schema, 3), Rows.full(schema, 4));

        Path file = write(schema, rows);

        List<List<Object>> read = DuckDb.query("SELECT * FROM read_parquet(?) ORDER BY source_line", file);
        assertThat(read).map(ParquetRowWriterTest::asRow).containsExactlyElementsOf(rows);
    }

    @Test
    void keepsTextDatesAndNullsAsTheLoaderWillQueryThem() throws Exception {
        Path file = write(CASES, List.of(
                caseRow("a1", "victim", "Socialtjänsten Östra", LocalDate.of(2026, 1, 15), null, 2),
                caseRow("a1", "child_witness", "Socialtjänsten Östra", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 5, 31), 3),
                caseRow("b2", "victim", "Familjefrid", LocalDate.of(2025, 12, 31), null, 4)));

        assertThat(DuckDb.query("SELECT count(*) FROM read_parquet(?) WHERE closed IS NULL", file))
                .containsExactly(List.of(2L));
        assertThat(DuckDb.query("SELECT unit, count(*) FROM read_parquet(?) "
                + "WHERE opened >= DATE '2026-01-01' GROUP BY unit", file))
                .containsExactly(List.of("Socialtjänsten Östra", 2L));
        assertThat(DuckDb.query("SELECT datediff('day', opened, closed) FROM read_parquet(?) "
                + "WHERE closed IS NOT NULL", file))
                .containsExactly(List.of(91L));
    }

    @Test
    void compressesWithZstdAndDictionaryEncodesOnlyCodeColumns() throws Exception {
        Path file = write(CASES, Rows.many(CASES, 1000));

        List<List<Object>> chunks = DuckDb.query(
                "SELECT path_in_schema, compression, encodings FROM parquet_metadata(?)", file);

        assertThat(chunks).hasSize(CASES.columns().size());
        for (List<Object> chunk : chunks) {
            OutputColumn column = CASES.columns().get(CASES.indexOf((String) chunk.get(0)));
            assertThat(chunk.get(1)).as(column.name()).isEqualTo("ZSTD");
            if (column.type() == ColumnType.CODE) {
                assertThat((String) chunk.get(2)).as(column.name()).contains("DICTIONARY");
            } else {
                assertThat((String) chunk.get(2)).as(column.name()).doesNotContain("DICTIONARY");
            }
        }
    }

    @Test
    void writesTheSameBytesForTheSameRows() throws Exception {
        List<PseudonymisedRow> rows = Rows.many(CASES, 30_000);

        Path first = write(CASES, rows, "first.parquet");
        Path second = write(CASES, rows, "second.parquet");

        assertThat(Files.size(first)).isGreaterThan(100_000);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void writesAnEmptyFileThatStillCarriesTheSchema() throws Exception {
        Path file = write(CASES, List.of());

        assertThat(DuckDb.count(file)).isZero();
        assertThat(DuckDb.query("DESCRIBE SELECT * FROM read_parquet(?)", file)).hasSize(CASES.columns().size());
    }

    @Test
    void rejectsANullInARequiredColumnWithoutWritingAnyOfTheRow() throws Exception {
        Object[] values = Rows.full(CASES, 3).values();
        values[CASES.indexOf("opened")] = null;
        Path file = dir.resolve("cases.parquet");

        try (ParquetRowWriter writer = ParquetRowWriter.open(file, CASES)) {
            writer.write(Rows.full(CASES, 2));
            assertThatThrownBy(() -> writer.write(new PseudonymisedRow(values)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("column opened of cases.parquet is required but the row has no value");
            writer.write(Rows.full(CASES, 4));
            assertThat(writer.rowsWritten()).isEqualTo(2);
        }

        assertThat(DuckDb.query("SELECT source_line FROM read_parquet(?)", file))
                .containsExactly(List.of(2L), List.of(4L));
    }

    @Test
    void rejectsAValueOfTheWrongTypeNamingTheClassButNotTheValue() throws Exception {
        Object[] values = Rows.full(CASES, 2).values();
        values[CASES.indexOf("opened")] = "2026-01-15";

        try (ParquetRowWriter writer = ParquetRowWriter.open(dir.resolve("cases.parquet"), CASES)) {
            assertThatThrownBy(() -> writer.write(new PseudonymisedRow(values)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("column opened of cases.parquet takes LocalDate but the row has String");
        }
    }

    @Test
    void rejectsARowWithTheWrongNumberOfValues() throws Exception {
        try (ParquetRowWriter writer = ParquetRowWriter.open(dir.resolve("cases.parquet"), CASES)) {
            assertThatThrownBy(() -> writer.write(new PseudonymisedRow(new Object[] {"a1"})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cases.parquet has " + CASES.columns().size() + " columns but the row has 1 values");
        }
    }

    @Test
    void replacesAFileAlreadyAtTheTarget() throws Exception {
        Path file = dir.resolve("cases.parquet");
        Files.writeString(file, "not parquet");

        write(CASES, List.of(Rows.full(CASES, 2)));

        assertThat(DuckDb.count(file)).isEqualTo(1);
    }

    @Test
    void writesWithoutHadoopOnTheClasspath() throws Exception {
        // surefire leaves hadoop-common off every test's classpath, as the packaged application does
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class);

        Path file = write(CASES, Rows.many(CASES, 10));

        assertThat(DuckDb.count(file)).isEqualTo(10);
    }

    private Path write(OutputSchema schema, List<PseudonymisedRow> rows) throws IOException {
        return write(schema, rows, schema.kind().parquetName());
    }

    private Path write(OutputSchema schema, List<PseudonymisedRow> rows, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ParquetRowWriter writer = ParquetRowWriter.open(file, schema)) {
            for (PseudonymisedRow row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    private static PseudonymisedRow caseRow(String person, String role, String unit, LocalDate opened,
                                            LocalDate closed, long line) {
        Object[] values = new Object[CASES.columns().size()];
        values[CASES.indexOf("case_id")] = "c-" + person;
        values[CASES.indexOf("person_id")] = person;
        values[CASES.indexOf("role")] = role;
        values[CASES.indexOf("unit")] = unit;
        values[CASES.indexOf("opened")] = opened;
        values[CASES.indexOf("closed")] = closed;
        values[CASES.indexOf("source_line")] = line;
        return new PseudonymisedRow(values);
    }

    private static PseudonymisedRow asRow(List<Object> values) {
        return new PseudonymisedRow(values.toArray());
    }

    private static String duckDbType(ColumnType type) {
        return switch (type) {
            case STRING, CODE -> "VARCHAR";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
        };
    }
}
