package se.vinr.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vinr.core.Sha256;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.RecordKind;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an extract package as the extract step would: one Parquet file per kind with the
 * OutputSchema's columns and types (written by DuckDB itself), and a manifest with correct counts
 * and SHA-256s. Rows are given as column-to-value maps; absent columns are null and source_line
 * is the row's line in an imagined CSV.
 */
final class ExtractFixture {

    static final String KEY = "fingerprint-of-key-a";

    private final OutputLayout layout;
    private final MunicipalityCode municipality;
    private final Period period;
    private final Map<RecordKind, List<Map<String, Object>>> rows = new EnumMap<>(RecordKind.class);
    private String keyFingerprint = KEY;
    private String status = Manifest.COMPLETE;

    ExtractFixture(Path out, String municipality, String period) {
        this.layout = new OutputLayout(out);
        this.municipality = MunicipalityCode.parse(municipality);
        this.period = Period.parse(period);
    }

    @SafeVarargs
    final ExtractFixture rows(RecordKind kind, Map<String, Object>... values) {
        rows.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    ExtractFixture keyFingerprint(String fingerprint) {
        this.keyFingerprint = fingerprint;
        return this;
    }

    ExtractFixture status(String status) {
        this.status = status;
        return this;
    }

    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** A case row with what every case needs; extra pairs override or add columns. */
    static Map<String, Object> caseRow(String caseId, String personId, String role, String opened, Object... extra) {
        Map<String, Object> row = row("case_id", caseId, "person_id", personId, "role", role, "unit", "IFO vuxen",
                "opened", opened, "sex", "K", "age", 34, "age_band", "25-44");
        row.putAll(row(extra));
        return row;
    }

    Path dir() {
        return layout.extractDir(municipality, period);
    }

    OutputLayout layout() {
        return layout;
    }

    MunicipalityCode municipality() {
        return municipality;
    }

    Period period() {
        return period;
    }

    /** Writes the Parquet files and the manifest, replacing an earlier package in the same folder. */
    ExtractFixture write() throws IOException, SQLException {
        Path dir = dir();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("municipality", municipality.code());
        manifest.put("period", period.toString());
        ObjectNode files = manifest.putObject("files");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Map.Entry<RecordKind, List<Map<String, Object>>> entry : rows.entrySet()) {
                RecordKind kind = entry.getKey();
                Path parquet = dir.resolve(kind.parquetName());
                writeParquet(duck, kind, entry.getValue(), parquet);
                ObjectNode file = files.putObject(kind.csvName());
                file.put("read", entry.getValue().size());
                file.put("written", entry.getValue().size());
                file.put("rejected", 0);
                file.putObject("rejected_by_reason");
                file.putArray("ignored_columns");
                file.put("sha256", "0".repeat(64));
                file.put("output", kind.parquetName());
                file.put("output_sha256", Sha256.of(parquet));
            }
        }
        manifest.put("key_fingerprint", keyFingerprint);
        manifest.putNull("profile");
        manifest.put("tool_version", "test");
        manifest.put("created", "2026-07-02T10:00:00Z");
        if (status != null) {
            manifest.put("status", status);
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(manifestFile().toFile(), manifest);
        return this;
    }

    Path manifestFile() {
        return layout.manifest(municipality, period);
    }

    private static void writeParquet(Connection duck, RecordKind kind, List<Map<String, Object>> values, Path parquet)
            throws SQLException {
        List<OutputColumn> columns = OutputSchema.of(kind).columns();
        List<String> definitions = columns.stream().map(c -> '"' + c.name() + "\" " + sqlType(c)).toList();
        try (Statement ddl = duck.createStatement()) {
            ddl.execute("CREATE OR REPLACE TABLE fixture (" + String.join(", ", definitions) + ")");
        }
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (PreparedStatement insert = duck.prepareStatement("INSERT INTO fixture VALUES (" + marks + ")")) {
            long line = 2;
            for (Map<String, Object> row : values) {
                for (int i = 0; i < columns.size(); i++) {
                    OutputColumn column = columns.get(i);
                    Object value = column.name().equals("source_line") ? (Object) line : row.get(column.name());
                    if (value instanceof String text && column.type() == se.vinr.extract.ColumnType.DATE) {
                        value = LocalDate.parse(text);
                    }
                    insert.setObject(i + 1, value);
                }
                insert.executeUpdate();
                line++;
            }
        }
        try (Statement copy = duck.createStatement()) {
            copy.execute("COPY fixture TO '" + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }

    private static String sqlType(OutputColumn column) {
        return switch (column.type()) {
            case STRING, CODE -> "VARCHAR";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
        };
    }
}
