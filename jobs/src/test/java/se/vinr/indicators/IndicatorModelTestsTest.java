package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import se.vinr.core.Period;
import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.reports.model.Breakdown;

/**
 * The one test that runs every indicator's test data, {@code sql/indicators/<id>.test.yml}, in the
 * spirit of DuckDB's sqllogictest files: each case inserts its fixture rows into a warehouse built by the
 * project's own migrations, runs the indicator's query, compares the rows it expects and rolls back. The
 * format is documented in {@code sql/README.md}.
 */
class IndicatorModelTestsTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final double TOLERANCE = 1e-9;
    private static final String DEFAULT_MUNICIPALITY = "2280";

    @TempDir
    static Path dir;

    private static Warehouse warehouse;
    private static IndicatorCatalogue catalogue;

    @BeforeAll
    static void migrate() {
        warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"));
        new Migrations(ProjectFiles.of(ProjectSql.root(), ProjectFiles.SQL), Clock.systemUTC()).migrate(warehouse);
        catalogue = ProjectSql.catalogue();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @TestFactory
    Stream<DynamicNode> everyIndicatorGivesTheRowsItsTestDataExpects() throws Exception {
        List<DynamicNode> indicators = new ArrayList<>();
        for (IndicatorSpec spec : catalogue.specs()) {
            Path file = testFile(spec.id());
            if (!Files.exists(file)) {
                continue; // reported by everyIndicatorBringsItsTestDataAndEveryTestFileItsIndicator
            }
            JsonNode cases = YAML.readTree(Files.readString(file)).path("cases");
            assertThat(cases.isArray() && !cases.isEmpty()).as(file + " has a list of cases").isTrue();
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode testCase : cases) {
                tests.add(DynamicTest.dynamicTest(testCase.path("name").asString(), file.toUri(),
                        () -> run(spec, testCase)));
            }
            indicators.add(DynamicContainer.dynamicContainer(spec.id(), file.toUri(), tests.stream()));
        }
        return indicators.stream();
    }

    @Test
    void everyIndicatorBringsItsTestDataAndEveryTestFileItsIndicator() throws Exception {
        Set<String> ids = new TreeSet<>();
        catalogue.specs().forEach(spec -> ids.add(spec.id()));
        Set<String> tested = new TreeSet<>();
        try (Stream<Path> files = Files.list(ProjectSql.root().resolve(IndicatorCatalogue.FOLDER))) {
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(IndicatorCatalogue.TEST_SUFFIX))
                    .forEach(name -> tested.add(name.substring(0, name.length() - IndicatorCatalogue.TEST_SUFFIX.length())));
        }
        assertThat(ids).as("indicators without sql/indicators/<id>" + IndicatorCatalogue.TEST_SUFFIX
                + " (fixture rows in, expected numerators and denominators out)").isSubsetOf(tested);
        assertThat(tested).as("test files without an indicator model").isSubsetOf(ids);
    }

    private static Path testFile(String id) {
        return ProjectSql.root().resolve(IndicatorCatalogue.FOLDER).resolve(id + IndicatorCatalogue.TEST_SUFFIX);
    }

    private static void run(IndicatorSpec spec, JsonNode testCase) throws SQLException {
        Connection connection = warehouse.connection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String municipality = testCase.path("municipality").asString(DEFAULT_MUNICIPALITY);
            List<String> periods = new ArrayList<>();
            for (JsonNode period : testCase.path("periods")) {
                Period p = Period.parse(period.asString());
                periods.add(p.toString());
                insert(connection, "core.periods", Map.of("municipality", municipality, "period", p.toString(),
                        "start_date", p.start().toString(), "end_date", p.end().toString(),
                        "loaded_at", "2026-01-01 00:00:00"));
            }
            for (Map.Entry<String, JsonNode> table : testCase.path("rows").properties()) {
                Set<String> columns = columns(connection, table.getKey());
                for (JsonNode row : table.getValue()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    // A row names its municipality and period only where they differ from the case's.
                    if (columns.contains("municipality")) {
                        values.put("municipality", municipality);
                    }
                    if (columns.contains("period") && !periods.isEmpty()) {
                        values.put("period", periods.get(0));
                    }
                    row.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
                    insert(connection, table.getKey(), values);
                }
            }
            List<RawIndicatorRow> rows = new IndicatorRunner(catalogue).run(connection, spec, Optional.empty());
            for (JsonNode expected : testCase.path("expect")) {
                check(rows, expected);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Object value(JsonNode value) {
        if (value.isNull()) {
            return null;
        } else if (value.isBoolean()) {
            return value.booleanValue();
        } else if (value.isIntegralNumber()) {
            return value.longValue();
        } else if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asString();
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        String[] name = table.split("\\.", 2);
        Set<String> columns = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ?")) {
            statement.setString(1, name[0]);
            statement.setString(2, name[1]);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        assertThat(columns).as("the table " + table + " of the warehouse").isNotEmpty();
        return columns;
    }

    private static void insert(Connection connection, String table, Map<String, Object> row) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            names.add('"' + column.getKey() + '"');
            marks.add("?");
            values.add(column.getValue());
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static void check(List<RawIndicatorRow> rows, JsonNode expected) {
        String period = expected.path("period").asString();
        String breakdown = expected.path("breakdown").asString(Breakdown.ALL_TEXT);
        Optional<String> municipality = expected.has("municipality")
                ? Optional.of(expected.get("municipality").asString()) : Optional.empty();
        List<RawIndicatorRow> found = rows.stream()
                .filter(r -> r.period().equals(period) && r.breakdown().equals(breakdown)
                        && municipality.map(r.municipality()::equals).orElse(true))
                .toList();
        if (found.size() != 1) {
            fail("expected one row for " + municipality.orElse("the municipality") + " " + period + " " + breakdown
                    + " but the query gave " + found.size() + " of its rows " + rows);
        }
        RawIndicatorRow row = found.get(0);
        compare("numerator", expected, row.numerator(), row);
        compare("denominator", expected, row.denominator(), row);
        compare("value", expected, row.value(), row);
    }

    private static void compare(String column, JsonNode expected, Double actual, RawIndicatorRow row) {
        if (!expected.has(column)) {
            return;
        }
        JsonNode want = expected.get(column);
        if (want.isNull()) {
            assertThat(actual).as(column + " of " + row).isNull();
        } else {
            assertThat(actual).as(column + " of " + row).isNotNull();
            assertThat(actual).as(column + " of " + row).isCloseTo(want.doubleValue(),
                    org.assertj.core.data.Offset.offset(TOLERANCE));
        }
    }
}
