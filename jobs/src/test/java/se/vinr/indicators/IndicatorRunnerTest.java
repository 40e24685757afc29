package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorRunnerTest {

    private static final String MODEL = """
            title: {sv: Antal, en: Number}
            definition: {sv: Beskrivning., en: Description.}
            unit: count
            numerator: rows
            denominator: none
            polarity: neither
            portable: true
            """;

    @TempDir
    Path sqlRoot;

    private TestWarehouse warehouse;

    @BeforeEach
    void openWarehouse() throws SQLException {
        warehouse = TestWarehouse.create();
        warehouse.period("2280", "2026H1");
        warehouse.period("1882", "2026H1");
        warehouse.period("2280", "2025H2");
    }

    @AfterEach
    void closeWarehouse() throws SQLException {
        warehouse.close();
    }

    @Test
    void runsOneMunicipalityThroughTheSameQueries() throws IOException {
        write("periods", """
                SELECT municipality, period, 'all' AS breakdown, CAST(1 AS DOUBLE) AS numerator,
                       CAST(NULL AS DOUBLE) AS denominator, CAST(NULL AS DOUBLE) AS value
                FROM core.periods;
                -- a closing comment after the semicolon
                """);
        IndicatorRunner runner = new IndicatorRunner(IndicatorCatalogue.fromDirectory(sqlRoot));

        assertThat(runner.run(warehouse.connection())).extracting(r -> r.municipality() + " " + r.period())
                .containsExactly("1882 2026H1", "2280 2025H2", "2280 2026H1");
        assertThat(runner.run(warehouse.connection(), "2280"))
                .containsExactly(new RawIndicatorRow("periods", "2280", "2025H2", "all", 1.0, null, null),
                        new RawIndicatorRow("periods", "2280", "2026H1", "all", 1.0, null, null));
    }

    @Test
    void rejectsAQueryWithOtherColumns() throws IOException {
        write("wrong_columns", "SELECT municipality, period, 'all' AS breakdown, 1.0 AS n FROM core.periods");
        assertFails("wrong_columns.sql", "must return exactly [municipality, period, breakdown, numerator");
    }

    @Test
    void rejectsABreakdownThatIsNotKeyValue() throws IOException {
        write("bad_breakdown", "SELECT municipality, period, 'victim' AS breakdown, 1.0 AS numerator, "
                + "NULL AS denominator, NULL AS value FROM core.periods");
        assertFails("bad_breakdown.sql", "not 'victim'");
    }

    @Test
    void rejectsTheSameBreakdownTwiceInOnePeriod() throws IOException {
        write("twice", "SELECT municipality, period, 'all' AS breakdown, 1.0 AS numerator, NULL AS denominator, "
                + "NULL AS value FROM core.periods, (VALUES (1), (2)) AS t(x)");
        assertFails("twice.sql", "the breakdown 'all' twice");
    }

    @Test
    void namesTheFileOfAFailingQuery() throws IOException {
        write("missing_table", "SELECT * FROM core.no_such_table");
        assertFails("missing_table.sql", "failed");
    }

    @Test
    void returnsRowsThatCannotBeChanged() throws IOException {
        write("periods", "SELECT municipality, period, 'all' AS breakdown, 1.0 AS numerator, NULL AS denominator, "
                + "NULL AS value FROM core.periods");
        List<RawIndicatorRow> rows = new IndicatorRunner(IndicatorCatalogue.fromDirectory(sqlRoot))
                .run(warehouse.connection());
        assertThatThrownBy(rows::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    private void assertFails(String file, String message) {
        IndicatorRunner runner = new IndicatorRunner(IndicatorCatalogue.fromDirectory(sqlRoot));
        assertThatThrownBy(() -> runner.run(warehouse.connection()))
                .isInstanceOf(IndicatorQueryException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(message);
    }

    private void write(String id, String sql) throws IOException {
        Path dir = Files.createDirectories(sqlRoot.resolve(IndicatorCatalogue.FOLDER));
        Files.writeString(dir.resolve(id + ".yml"), MODEL, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(id + ".sql"), sql, StandardCharsets.UTF_8);
    }
}
