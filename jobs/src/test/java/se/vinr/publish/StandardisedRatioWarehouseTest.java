package se.vinr.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.national.NationalImports;
import se.vinr.national.ReferenceStore;
import se.vinr.reports.model.Language;
import se.vinr.reports.model.ReportModel;
import se.vinr.reports.tables.IndicatorsCsvWriter;

/**
 * A migrated DuckDB warehouse with hand-made rows: Härnösand's population by age band and sex, riket's
 * rates per age band and sex imported as plain CSV, Kolada's groups, and adult victims in 2025H1; the
 * report model written as indicators.csv.
 *
 * <p>Expected adult victims at riket's rates (n × R / 10,000): 18-24 K 1,000 × 20 = 2.0, M 1,000 × 10 =
 * 1.0; 25-44 K 3,000 × 15 = 4.5, M 3,000 × 5 = 1.5; 45-64 K 2,500 × 8 = 2.0, M 2,500 × 4 = 1.0;
 * 65-79 K 1,200 × 5 = 0.6, M 1,000 × 2 = 0.2; 80+ K 500 × 4 = 0.2, M 300 × 0 = 0: E = 13.
 */
class StandardisedRatioWarehouseTest {

    private static final Path SQL = Path.of("..", "sql");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-20T08:00:00Z"), ZoneOffset.UTC);
    private static final String[][] STRATA = {
            {"18-24", "K", "1000", "20"}, {"18-24", "M", "1000", "10"}, {"25-44", "K", "3000", "15"},
            {"25-44", "M", "3000", "5"}, {"45-64", "K", "2500", "8"}, {"45-64", "M", "2500", "4"},
            {"65-79", "K", "1200", "5"}, {"65-79", "M", "1000", "2"}, {"80+", "K", "500", "4"}, {"80+", "M", "300", "0"}};

    @TempDir
    Path dir;

    @Test
    void publishesObservedRelativeToExpectedBesideTheRate() throws Exception {
        List<CSVRecord> rows = indicatorsCsv(26);

        CSVRecord ratio = row(rows, "new_victims_rate_oe", "riket");
        assertThat(ratio.get("numerator")).isEqualTo("26");
        assertThat(ratio.get("denominator")).isEqualTo("13");
        assertThat(ratio.get("value")).isEqualTo("2");
        assertThat(ratio.get("unit")).isEqualTo("ratio");
        // Byar's limits for 26 (16.9798, 38.0975) divided by 13.
        assertThat(Double.parseDouble(ratio.get("ci_low"))).isBetween(1.3061, 1.3062);
        assertThat(Double.parseDouble(ratio.get("ci_high"))).isBetween(2.9305, 2.9306);
        assertThat(ratio.get("reference_value")).isEqualTo("1");
        assertThat(ratio.get("comparison")).isEqualTo("higher");
        assertThat(ratio.get("suppressed")).isEqualTo("false");
        assertThat(rows.stream().filter(r -> r.get("indicator").equals("new_victims_rate_oe"))).hasSize(1);
        // No riket rates for children by age band and sex: no ratio, and the age-band rates are no
        // reference for the rate of all ages.
        assertThat(rows.stream().map(r -> r.get("indicator"))).doesNotContain("new_children_rate_oe");
        assertThat(row(rows, "new_victims_rate", "riket").get("reference_value")).isEqualTo("9");
    }

    @Test
    void hidesTheRatioExactlyWhenItsObservedCountIsHidden() throws Exception {
        List<CSVRecord> rows = indicatorsCsv(3);

        CSVRecord ratio = row(rows, "new_victims_rate_oe", "riket");
        assertThat(ratio.get("suppressed")).isEqualTo("true");
        assertThat(List.of(ratio.get("numerator"), ratio.get("value"), ratio.get("ci_low"), ratio.get("ci_high")))
                .containsOnly("");
        assertThat(row(rows, "new_victims_rate", "riket").get("suppressed")).isEqualTo("true");
    }

    @Test
    void comparesWithTheKoladaGroupAndNamesItByItsTitle() throws Exception {
        ReportModel model = model(26);
        List<CSVRecord> rows = write(model);

        assertThat(row(rows, "new_victims_rate", "kolada:G33720").get("reference_value")).isEqualTo("10");
        assertThat(model.areaNames()).containsEntry("kolada:G33720",
                        "Liknande kommuner IFO, Härnösand, 2022 (Kolada G33720: 1281, 2262, 2281)")
                .doesNotContainKey("kolada:G9");
        assertThat(model.definitions()).extracting(d -> d.id()).containsSubsequence("new_victims_rate",
                "new_victims_rate_oe");
    }

    private List<CSVRecord> indicatorsCsv(int victims) throws Exception {
        return write(model(victims));
    }

    private ReportModel model(int victims) throws Exception {
        ReferenceStore store = new ReferenceStore(ProjectFiles.of(SQL, ProjectFiles.SQL), CLOCK);
        try (Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            new Migrations(ProjectFiles.of(SQL, ProjectFiles.SQL), CLOCK).migrate(warehouse);
            Connection connection = warehouse.connection();
            List<String> references = new ArrayList<>(List.of("indicator,area,year,sex,value,unit,source,age_group",
                    "new_victims_rate,riket,2025H1,T,9,per_10000,test,",
                    "new_victims_rate,kolada:G33720,2025H1,T,10,per_10000,test,",
                    "new_victims_rate,kolada:G9,2025H1,T,11,per_10000,test,"));
            for (String[] s : STRATA) {
                references.add("new_victims_rate,riket,2025H1," + s[1] + "," + s[3] + ",per_10000,test," + s[0]);
            }
            Path csv = dir.resolve("references.csv");
            Files.writeString(csv, String.join("\n", references) + "\n");
            NationalImports imports = new NationalImports(store);
            imports.importFile(warehouse, csv);
            imports.importFile(warehouse, fixture("kolada-groups.json"));
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO ref.municipalities VALUES ('2280', 'Härnösand', '22',"
                        + " 'Västernorrlands län', 'B5', 'Mindre stad/tätort', 'Större städer')");
                statement.execute("INSERT INTO core.periods VALUES ('2280', '2025H1', DATE '2025-01-01',"
                        + " DATE '2025-06-30', TIMESTAMP '2025-07-20 08:00:00')");
                statement.execute("INSERT INTO ref.population VALUES ('2280', 2024, 'T', '18+', 16000, 'test', false, 0),"
                        + " ('2280', 2024, 'K', '18+', 8200, 'test', false, 0),"
                        + " ('2280', 2024, 'M', '18+', 7800, 'test', false, 0)");
            }
            try (PreparedStatement population = connection.prepareStatement(
                    "INSERT INTO ref.population VALUES ('2280', 2024, ?, ?, ?, 'test', false, 0)")) {
                for (String[] s : STRATA) {
                    population.setString(1, s[1]);
                    population.setString(2, s[0]);
                    population.setLong(3, Long.parseLong(s[2]));
                    population.executeUpdate();
                }
            }
            insertVictims(connection, victims);
            return new PublicationBuilder(IndicatorCatalogue.fromDirectory(SQL), new OutputLayout(dir),
                    new ConfidenceLevel(0.95), 5, 3)
                    .build(connection, MunicipalityCode.parse("2280"), Period.parse("2025H1"), Optional.empty())
                    .toReportModel(Language.SV, 3, "test", java.time.Instant.EPOCH);
        }
    }

    private static void insertVictims(Connection connection, int victims) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO core.cases (municipality, period,"
                + " case_id, person_id, role, unit, opened, sex, age, age_band) VALUES ('2280', '2025H1', ?, ?,"
                + " 'victim', 'IFO vuxen', DATE '2025-02-01', 'K', 30, '25-44')")) {
            for (int i = 1; i <= victims; i++) {
                insert.setString(1, "case-" + i);
                insert.setString(2, "person-" + i);
                insert.executeUpdate();
            }
        }
    }

    private List<CSVRecord> write(ReportModel model) throws Exception {
        Path file = dir.resolve("indicators.csv");
        new IndicatorsCsvWriter().write(model, file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String indicator, String area) {
        return rows.stream()
                .filter(r -> r.get("indicator").equals(indicator) && r.get("breakdown").equals("all")
                        && r.get("reference_area").equals(area))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + area + " in " + rows));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(StandardisedRatioWarehouseTest.class.getResource("/national/" + name).toURI());
    }
}
