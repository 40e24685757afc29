package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.ProjectFiles;
import se.vinr.demo.TestPersonNumbers;
import se.vinr.extract.RecordKind;

class BaselineTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private final ProjectFiles sql = ProjectFiles.of(null, "sql");
    private final ProjectFiles seeds = ProjectFiles.of(null, "seeds");

    @Test
    void keepsOnlyValidCaseRowsAndWritesNoRawIdentifier(@TempDir Path dir) throws Exception {
        String valid = TestPersonNumbers.personnummer(LocalDate.of(1981, 12, 18)).normalised();
        String other = TestPersonNumbers.samordningsnummer(LocalDate.of(1990, 3, 4)).normalised();
        String wrongCheckDigit = valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10);
        Path input = dir.resolve("input");
        Path cases = input.resolve("2280").resolve("2025H2");
        Files.createDirectories(cases);
        Files.writeString(cases.resolve("cases.csv"), String.join("\n",
                "case_id,person_id,role,unit,opened,closed,sex,violence_types,relation,disability,lgbtq,foreign_background",
                "Ä-1," + valid.substring(2, 8) + "-" + valid.substring(8) + ",victim,IFO vuxen,2025-08-01,,K,physical,partner,,,",
                "Ä-1," + other + ",child_witness,IFO barn,2025-08-01,2025-09-01,,,parent,ja,nej,1",
                "Ä-2," + wrongCheckDigit + ",victim,IFO vuxen,2025-08-01,,K,physical,partner,,,",
                "Ä-3," + valid + ",victim,IFO vuxen,2025-02-30,,K,physical,partner,,,",
                "Ä-4," + valid + ",witness,IFO vuxen,2025-08-01,,K,physical,partner,,,",
                "Ä-5," + valid + ",victim,IFO vuxen,2025-08-01,2025-07-01,K,physical,partner,,,") + "\n");

        long kept;
        try (Baseline baseline = new Baseline(dir.resolve("baseline"), sql, input, KEY, population(dir))) {
            kept = baseline.extract(Set.of(RecordKind.CASES));
        }

        assertThat(kept).isEqualTo(2);
        List<String> values = parquetStrings(dir.resolve("baseline/parquet/cases"), "case_id", "person_id");
        assertThat(values).hasSize(4).allMatch(v -> v.matches("[0-9a-f]{64}"));
        assertThat(String.join(" ", values)).doesNotContain(valid.substring(2)).doesNotContain(other.substring(2));
    }

    @Test
    void computesTheCoreIndicatorsOfAGeneratedScenario(@TempDir Path dir) throws Exception {
        Scenario tiny = new Scenarios(Populations.fromSeeds(seeds)).named("tiny", 1);
        Path input = dir.resolve("input");
        List<InputPackage> packages = ScenarioInput.generate(tiny, input, line -> { });
        long inputRows = packages.stream().mapToLong(InputPackage::totalRows).sum();

        try (Baseline baseline = new Baseline(dir.resolve("baseline"), sql, input, KEY, population(dir))) {
            long kept = baseline.extract(Baseline.KINDS);
            long loaded = baseline.load();
            baseline.scope(tiny.reported());
            long indicatorRows = baseline.indicators();

            assertThat(kept).isPositive().isLessThanOrEqualTo(inputRows);
            assertThat(loaded).isPositive().isLessThanOrEqualTo(kept);
            assertThat(indicatorRows).isPositive();
        }
        assertThat(indicators(dir.resolve("baseline/warehouse.duckdb"), tiny.reported().get(0)))
                .contains("new_cases", "active_cases", "new_victims_rate", "new_children_rate", "screening_rate",
                        "disclosure_rate", "risk_assessed_share", "days_to_risk_assessment", "risk_assessments",
                        "interventions", "training_basic_coverage", "elected_trained_share");
    }

    private Path population(Path dir) throws Exception {
        Path file = dir.resolve("population.csv");
        try (InputStream in = seeds.open("population.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> parquetStrings(Path folder, String... columns) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM read_parquet('"
                     + folder + "/*/*/*.parquet')")) {
            while (r.next()) {
                for (int i = 1; i <= columns.length; i++) {
                    values.add(r.getString(i));
                }
            }
        }
        return values;
    }

    /** The indicator ids the baseline's queries produce for one municipality, run once more directly. */
    private List<String> indicators(Path warehouse, MunicipalityCode municipality) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
             Statement s = c.createStatement()) {
            for (String file : sql.list("bench/indicators", ".sql")) {
                for (String query : SqlText.statements(sql.read(file), java.util.Map.of())) {
                    try (ResultSet r = s.executeQuery("SELECT DISTINCT indicator FROM (" + query
                            + ") WHERE municipality = '" + municipality.code() + "'")) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                }
            }
        }
        return ids;
    }
}
