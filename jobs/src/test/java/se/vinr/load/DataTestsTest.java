package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.load.ExtractFixture.caseRow;
import static se.vinr.load.ExtractFixture.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.extract.RecordKind;

class DataTestsTest {

    @TempDir
    Path out;

    private Warehouse warehouse;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouses.migrated(out);
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    private LoadResult load(PeriodLoader loader, ExtractFixture fixture) {
        return loader.load(warehouse, fixture.layout(), fixture.municipality(), fixture.period(), LoadOptions.defaults());
    }

    private LoadResult load(ExtractFixture fixture) {
        return load(TestWarehouses.loader(), fixture);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] cases(int count, String unit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(caseRow("c" + unit + i, "p" + i, "victim", "2026-01-10", "unit", unit));
        }
        return rows.toArray(Map[]::new);
    }

    private static List<String> checks(LoadResult result) {
        return result.warnings().stream().map(DataTestFinding::check).toList();
    }

    @Test
    void warnsWhenAKindFallsByMoreThanTheThreshold() throws Exception {
        load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, cases(10, "A")).write());

        LoadResult fell = load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, cases(5, "A")).write());

        assertThat(fell.warnings()).singleElement().satisfies(w -> {
            assertThat(w.check()).isEqualTo("volume_drop");
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.message()).isEqualTo("cases: 5 rows in 2026H1 against 10 in 2025H2 (50 % fewer)");
            assertThat(w.messageSv()).isEqualTo("cases: 5 rader för 2026H1 mot 10 för 2025H2 (50 % färre)");
        });
        assertThat(WarehouseDump.rows(warehouse.connection(),
                "SELECT period, check_name, severity FROM meta.data_test_results"))
                .containsExactly("2026H1|volume_drop|warning");
    }

    @Test
    void acceptsAFallWithinTheThreshold() throws Exception {
        load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, cases(10, "A")).write());

        LoadResult fell = load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, cases(6, "A")).write());

        assertThat(fell.warnings()).isEmpty();
    }

    @Test
    void warnsWhenAFileOfThePreviousPeriodIsMissing() throws Exception {
        load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, cases(2, "A"))
                .rows(RecordKind.PLAN_STATUS, row("activity_id", "1", "status", "done")).write());

        LoadResult result = load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, cases(2, "A")).write());

        assertThat(result.warnings()).extracting(DataTestFinding::message)
                .containsExactly("plan_status: no file in 2026H1, 1 rows in 2025H2");
    }

    @Test
    void warnsWhenAUnitOfThePreviousPeriodHasNoRows() throws Exception {
        load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, cases(3, "A")).rows(RecordKind.CASES,
                cases(3, "B")).write());

        LoadResult result = load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, cases(5, "A")).write());

        assertThat(result.warnings()).extracting(DataTestFinding::message)
                .containsExactly("cases: unit 'B' had 3 rows in 2025H2 and has none in 2026H1");
    }

    @Test
    void comparesWithTheLatestEarlierLoadedPeriodOnly() throws Exception {
        load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, cases(10, "A")).write());

        LoadResult earlier = load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, cases(1, "B")).write());

        assertThat(earlier.warnings()).isEmpty();
    }

    @Test
    void warnsOnAssessmentsAndInterventionsOfAnUnknownCase() throws Exception {
        LoadResult result = load(new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-01-10"))
                .rows(RecordKind.RISK_ASSESSMENTS,
                        row("assessment_id", "a1", "case_id", "c1", "person_id", "p1", "method", "SAM", "assessed_on", "2026-02-01"),
                        row("assessment_id", "a2", "case_id", "c404", "person_id", "p1", "method", "SAM", "assessed_on", "2026-02-01"))
                .rows(RecordKind.INTERVENTIONS,
                        row("intervention_id", "i1", "case_id", "c404", "person_id", "p1", "type", "other", "start", "2026-02-01"))
                .write());

        assertThat(checks(result)).containsExactly("unknown_case", "unknown_case");
        assertThat(result.warnings()).extracting(DataTestFinding::message).containsExactly(
                "interventions: 1 rows in 2026H1 refer to a case that no loaded cases.csv holds",
                "risk_assessments: 1 rows in 2026H1 refer to a case that no loaded cases.csv holds");
    }

    @Test
    void anUnknownCaseFailsTheLoadWhenConfiguredAsAnError() throws Exception {
        PeriodLoader strict = TestWarehouses.loader(new DataTestConfig(0.4, 110, Severity.ERROR));
        ExtractFixture fixture = new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-01-10"))
                .rows(RecordKind.INTERVENTIONS,
                        row("intervention_id", "i1", "case_id", "c404", "person_id", "p1", "type", "other", "start", "2026-02-01"))
                .write();

        assertThatThrownBy(() -> load(strict, fixture)).isInstanceOf(DataTestFailedException.class)
                .hasMessageContaining("refer to a case");
        assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT * FROM core.cases")).isEmpty();
    }

    @Test
    void warnsOnAgesAboveTheConfiguredLimit() throws Exception {
        ExtractFixture fixture = new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-01-10", "age", 111, "age_band", "80+"),
                        caseRow("c2", "p2", "victim", "2026-01-10", "age", 110, "age_band", "80+"))
                .write();

        assertThat(load(fixture).warnings()).extracting(DataTestFinding::message)
                .containsExactly("cases: 1 rows in 2026H1 give an age above 110");
        assertThat(load(TestWarehouses.loader(new DataTestConfig(0.4, 109, Severity.WARNING)), fixture).warnings())
                .extracting(DataTestFinding::message).containsExactly("cases: 2 rows in 2026H1 give an age above 109");
    }

    @Test
    void refusesThresholdsThatMeanNothing() {
        assertThatThrownBy(() -> new DataTestConfig(0, 110, Severity.WARNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataTestConfig(1.5, 110, Severity.WARNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataTestConfig(0.4, 0, Severity.WARNING)).isInstanceOf(IllegalArgumentException.class);
    }
}
