package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.load.Warehouse;

/**
 * The publish step and its ledger through the command line, on the two hand-made half-years of
 * {@link KnownPackages}: {@code vinr publish} stores each publication in {@code mart.*}, publishing
 * again gives the same rows, the ledger keeps each half-year as first published, and {@code vinr
 * report} renders the same files from a warehouse that holds nothing but {@code mart.*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationLedgerEndToEndTest {

    private static final String A = "2024H2";
    private static final String B = "2025H1";

    @TempDir
    static Path work;

    private static Path out;
    private static List<String> common;
    private static Map<String, List<String>> firstPublication;

    @BeforeAll
    static void loadPublishAndReportBothHalfYears() throws Exception {
        out = work.resolve("out");
        Path key = work.resolve("vinr.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path inputA = work.resolve("in").resolve(A);
        Path inputB = work.resolve("in").resolve(B);
        new KnownPackages().write(inputA, inputB);
        common = List.of("--out", out.toString(), "--key-file", key.toString());
        succeeds("national");
        for (String[] half : new String[][] {{A, inputA.toString()}, {B, inputB.toString()}}) {
            succeeds("extract", "--municipality", "2280", "--period", half[0], "--input", half[1]);
            succeeds("load", "--municipality", "2280", "--period", half[0]);
        }
        succeeds("publish", "--municipality", "2280", "--period", A);
        succeeds("publish", "--municipality", "2280", "--period", B);
        firstPublication = martTables();
        succeeds("report", "--municipality", "2280", "--period", B);
    }

    @Test
    void publishingTheSameDataAgainLeavesEveryMartRowAsItWasAndLogsTheRun() throws Exception {
        succeeds("publish", "--municipality", "2280", "--period", B);

        assertThat(martTables()).isEqualTo(firstPublication);
        assertThat(query("SELECT report_period, count(*) FROM meta.publish_runs GROUP BY report_period "
                + "ORDER BY report_period")).containsExactly(A + "|1", B + "|2");
    }

    @Test
    void theLedgerHoldsEveryPublishedCellOfEachPublicationAndWhichPublicationShowedItFirst() throws Exception {
        // The 2025H1 report shows 2024H2 again; the first publication of 2024H2's cells is the 2024H2 report.
        assertThat(query("SELECT DISTINCT period FROM mart.published_cells WHERE report_period = '" + B
                + "' ORDER BY period")).containsExactly(A, B);
        assertThat(query("SELECT DISTINCT first_report_period FROM mart.first_published_cells WHERE period = '"
                + A + "'")).containsExactly(A);
        // Hidden cells carry no number a reader could use.
        assertThat(query("SELECT count(*) FROM mart.published_cells WHERE suppressed AND (numerator IS NOT NULL "
                + "OR value IS NOT NULL OR ci_low IS NOT NULL OR ci_high IS NOT NULL)")).containsExactly("0");
        assertThat(query("SELECT count(*) > 0 FROM mart.published_cells WHERE suppressed")).containsExactly("true");
        // Every row of the report's indicators.csv is a cell of the ledger.
        long csvRows = Files.readAllLines(report(B).resolve("indicators.csv"), StandardCharsets.UTF_8).size() - 1;
        assertThat(query("SELECT count(*) FROM mart.published_cells WHERE report_period = '" + B + "' AND period = '"
                + B + "'")).containsExactly(Long.toString(csvRows));
    }

    /** Last: it drops everything but {@code mart}, which the other tests' publishing needs. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theReportRendersTheSameFilesFromAWarehouseHoldingOnlyMart() throws Exception {
        Path before = work.resolve("before");
        Files.createDirectories(before);
        Files.copy(report(B).resolve("indicators.csv"), before.resolve("indicators.csv"));
        Files.copy(report(B).resolve("rapport.html"), before.resolve("rapport.html"));
        try (Warehouse warehouse = Warehouse.open(out.resolve("warehouse.duckdb"));
             Statement statement = warehouse.connection().createStatement()) {
            for (String schema : List.of("core", "staging", "ref", "meta")) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        assertThat(query("SELECT DISTINCT schema_name FROM information_schema.schemata WHERE catalog_name = "
                + "current_database() AND schema_name NOT IN ('main', 'information_schema', 'pg_catalog')"))
                .containsExactly("mart");

        succeeds("report", "--municipality", "2280", "--period", B);

        assertThat(report(B).resolve("indicators.csv")).hasSameBinaryContentAs(before.resolve("indicators.csv"));
        assertThat(withoutCreationTime(report(B).resolve("rapport.html")))
                .isEqualTo(withoutCreationTime(before.resolve("rapport.html")));
    }

    private static Path report(String period) {
        return out.resolve("reports").resolve("2280").resolve(period);
    }

    private static String withoutCreationTime(Path html) throws Exception {
        return Files.readString(html, StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<created>");
    }

    /** Every base table of {@code mart}, its rows as text in a fixed order. */
    private static List<String> query(String sql) throws SQLException {
        return PublishedWarehouse.query(out.resolve("warehouse.duckdb"), sql);
    }

    private static void succeeds(String... command) {
        PublishedWarehouse.succeeds(common, command);
    }

    private static Map<String, List<String>> martTables() throws SQLException {
        Map<String, List<String>> tables = PublishedWarehouse.martTables(out.resolve("warehouse.duckdb"));
        assertThat(tables).containsKeys("publications", "published_cells", "trends", "indicator_definitions");
        assertThat(tables.get("published_cells")).isNotEmpty();
        return tables;
    }
}
