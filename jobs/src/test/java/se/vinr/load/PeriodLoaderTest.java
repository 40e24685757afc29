package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.load.ExtractFixture.caseRow;
import static se.vinr.load.ExtractFixture.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.Sha256;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;

class PeriodLoaderTest {

    /** The definition of each deduplicated core table as one query over all of staging (municipality 2280). */
    private static final Map<String, String> FULL_REBUILD = Map.of(
            "core.cases", "SELECT * EXCLUDE (source_line) FROM staging.cases WHERE municipality = '2280' QUALIFY"
                    + " ROW_NUMBER() OVER (PARTITION BY case_id, person_id, role ORDER BY period DESC, source_line) = 1",
            "core.contacts", "SELECT * EXCLUDE (source_line) FROM staging.contacts WHERE municipality = '2280' QUALIFY"
                    + " ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY period DESC, source_line) = 1",
            "core.risk_assessments", "SELECT * EXCLUDE (source_line) FROM staging.risk_assessments WHERE municipality"
                    + " = '2280' QUALIFY ROW_NUMBER() OVER (PARTITION BY assessment_id ORDER BY period DESC, source_line) = 1",
            "core.interventions", "SELECT * EXCLUDE (source_line) FROM staging.interventions WHERE municipality"
                    + " = '2280' QUALIFY ROW_NUMBER() OVER (PARTITION BY intervention_id ORDER BY period DESC, source_line) = 1",
            "core.training", "SELECT * EXCLUDE (source_line) FROM staging.training WHERE municipality = '2280' QUALIFY"
                    + " ROW_NUMBER() OVER (PARTITION BY employee_id, course, completed_on ORDER BY period DESC, source_line) = 1",
            "core.headcount", "SELECT * EXCLUDE (source_line) FROM staging.headcount WHERE municipality = '2280'");

    @TempDir
    Path out;

    private Warehouse warehouse;
    private final PeriodLoader loader = TestWarehouses.loader();

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouses.migrated(out);
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    private ExtractFixture fullPackage(String period) {
        return new ExtractFixture(out, "2280", period)
                .rows(RecordKind.CASES,
                        caseRow("c1", "p1", "victim", "2026-02-01"),
                        caseRow("c1", "p2", "child_witness", "2026-02-01", "age", 7, "age_band", "0-17", "sex", "M"),
                        caseRow("c2", "p3", "victim", "2025-11-20", "closed", "2026-03-01", "unit", "IFO barn"))
                .rows(RecordKind.CONTACTS,
                        row("contact_id", "k1", "person_id", "p1", "unit", "Mottagning", "contact_date", "2026-01-15",
                                "asked", true, "disclosed", true, "case_id", "c1", "sex", "K", "age", 34, "age_band", "25-44"))
                .rows(RecordKind.RISK_ASSESSMENTS,
                        row("assessment_id", "a1", "case_id", "c1", "person_id", "p1", "method", "FREDA_FARLIGHET",
                                "assessed_on", "2026-02-10", "risk_level", "high", "sex", "K", "age", 34, "age_band", "25-44"))
                .rows(RecordKind.INTERVENTIONS,
                        row("intervention_id", "i1", "case_id", "c1", "person_id", "p1", "type", "support_talks",
                                "start", "2026-02-15", "end", "2026-05-01", "sex", "K", "age", 34, "age_band", "25-44"))
                .rows(RecordKind.TRAINING,
                        row("employee_id", "e1", "department", "Socialförvaltningen", "unit", "IFO vuxen", "role",
                                "employee", "course", "basic", "completed_on", "2026-03-03"))
                .rows(RecordKind.HEADCOUNT,
                        row("department", "Socialförvaltningen", "unit", "IFO vuxen", "role", "employee", "headcount", 12L))
                .rows(RecordKind.PLAN_STATUS,
                        row("activity_id", "1.1", "status", "ongoing", "value", 0.5, "comment", "halfway"));
    }

    private LoadResult load(ExtractFixture fixture) {
        return load(fixture, LoadOptions.defaults());
    }

    private LoadResult load(ExtractFixture fixture, LoadOptions options) {
        return loader.load(warehouse, fixture.layout(), fixture.municipality(), fixture.period(), options);
    }

    private List<String> rows(String query) throws Exception {
        return WarehouseDump.rows(warehouse.connection(), query);
    }

    @Test
    void loadsEveryKindIntoStagingCoreAndTheBookkeeping() throws Exception {
        LoadResult result = load(fullPackage("2026H1").write());

        assertThat(result.rows()).containsEntry(RecordKind.CASES, 3L).containsEntry(RecordKind.PLAN_STATUS, 1L).hasSize(7);
        assertThat(rows("SELECT municipality, period, case_id, person_id, role, opened, closed FROM core.cases ORDER BY ALL"))
                .containsExactly("2280|2026H1|c1|p1|victim|2026-02-01|null",
                        "2280|2026H1|c1|p2|child_witness|2026-02-01|null",
                        "2280|2026H1|c2|p3|victim|2025-11-20|2026-03-01");
        assertThat(rows("SELECT \"end\" FROM core.interventions")).containsExactly("2026-05-01");
        assertThat(rows("SELECT municipality, period, start_date, end_date FROM core.periods"))
                .containsExactly("2280|2026H1|2026-01-01|2026-06-30");
        assertThat(rows("SELECT key_fingerprint, rows_cases, rows_plan_status, accepted_new_key FROM meta.loads"))
                .containsExactly(ExtractFixture.KEY + "|3|1|false");
        assertThat(rows("SELECT code FROM core.units WHERE municipality = '2280'"))
                .containsExactly("IFO barn", "IFO vuxen", "Mottagning");
        assertThat(rows("SELECT source_line FROM staging.cases ORDER BY source_line")).containsExactly("2", "3", "4");
    }

    @Test
    void loadingTheSamePeriodTwiceLeavesIdenticalTables() throws Exception {
        ExtractFixture fixture = fullPackage("2026H1").write();
        load(fixture);
        Map<String, List<String>> once = WarehouseDump.of(warehouse);

        load(fixture);

        assertThat(WarehouseDump.of(warehouse)).isEqualTo(once);
        assertThat(once.get("staging.cases")).hasSize(3);
        assertThat(once.get("core.cases")).hasSize(3);
    }

    @Test
    void aLoadThatFailsOnItsThirdFileLeavesThePreviousStateIntact() throws Exception {
        ExtractFixture fixture = fullPackage("2026H1");
        load(fixture.write());
        Map<String, List<String>> before = WarehouseDump.of(warehouse);

        fixture.rows(RecordKind.CASES, caseRow("c9", "p9", "victim", "2026-04-01")).write();
        Path third = fixture.dir().resolve(RecordKind.RISK_ASSESSMENTS.parquetName());
        Files.writeString(third, "not a parquet file");
        rewriteManifestHash(fixture, third);

        assertThatThrownBy(() -> load(fixture))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("risk_assessments.parquet");
        assertThat(WarehouseDump.of(warehouse)).isEqualTo(before);
    }

    @Test
    void aLoadThatFailsADataTestIsUndone() throws Exception {
        ExtractFixture fixture = fullPackage("2026H1");
        load(fixture.write());
        Map<String, List<String>> before = WarehouseDump.of(warehouse);

        fixture.rows(RecordKind.INTERVENTIONS, row("intervention_id", "i2", "case_id", "c1", "person_id", "p1",
                "type", "other", "start", "2026-03-01", "end", "2026-02-01")).write();

        assertThatThrownBy(() -> load(fixture))
                .isInstanceOf(DataTestFailedException.class)
                .hasMessageContaining("interventions: 1 rows in 2026H1 end before they start")
                .hasMessageContaining("undone");
        assertThat(WarehouseDump.of(warehouse)).isEqualTo(before);
    }

    @Test
    void refusesAParquetFileThatDoesNotMatchItsManifestHash() throws Exception {
        ExtractFixture fixture = fullPackage("2026H1").write();
        Path contacts = fixture.dir().resolve("contacts.parquet");
        Files.write(contacts, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> load(fixture))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("contacts.parquet")
                .hasMessageContaining("does not match the SHA-256");
        assertThat(rows("SELECT * FROM staging.cases")).isEmpty();
    }

    @Test
    void refusesAnExtractThatDidNotComplete() throws Exception {
        ExtractFixture failed = fullPackage("2026H1").status("failed").write();
        assertThatThrownBy(() -> load(failed))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("failed or is incomplete")
                .hasMessageContaining("run extract again");

        ExtractFixture unmarked = fullPackage("2026H1").status(null).write();
        assertThatThrownBy(() -> load(unmarked)).hasMessageContaining("manifest status: none");
    }

    @Test
    void refusesAPackageWhoseRowCountDiffersFromTheManifest() throws Exception {
        ExtractFixture fixture = fullPackage("2026H1").write();
        String manifest = Files.readString(fixture.manifestFile());
        Files.writeString(fixture.manifestFile(), manifest.replaceFirst("\"written\" : 3", "\"written\" : 4"));

        assertThatThrownBy(() -> load(fixture))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("cases.parquet holds 3 rows but the manifest says 4");
        assertThat(rows("SELECT * FROM meta.loads")).isEmpty();
    }

    @Test
    void refusesAPackageWithoutCases() throws Exception {
        ExtractFixture fixture = new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.PLAN_STATUS, row("activity_id", "1.1", "status", "done")).write();

        assertThatThrownBy(() -> load(fixture)).hasMessageContaining("has no cases.parquet");
    }

    @Test
    void refusesAnotherKeyUnlessTheUserAcceptsIt() throws Exception {
        load(fullPackage("2026H1").write());
        ExtractFixture rekeyed = fullPackage("2026H2").keyFingerprint("fingerprint-of-key-b").write();

        assertThatThrownBy(() -> load(rekeyed))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("another key")
                .hasMessageContaining("breaks every trend");
        assertThat(rows("SELECT period FROM core.periods")).containsExactly("2026H1");

        LoadResult accepted = load(rekeyed, new LoadOptions(true));

        assertThat(accepted.keyChanged()).isTrue();
        assertThat(accepted.warnings()).extracting(DataTestFinding::check).contains("key_changed");
        assertThat(rows("SELECT period, accepted_new_key FROM meta.loads ORDER BY period"))
                .containsExactly("2026H1|false", "2026H2|true");
        assertThat(load(fullPackage("2026H2").keyFingerprint("fingerprint-of-key-b").write()).keyChanged()).isFalse();
    }

    @Test
    void theLatestPeriodsCopyOfACaseRowWinsWhateverTheLoadOrder() throws Exception {
        load(new ExtractFixture(out, "2280", "2026H2")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-02-01", "closed", "2026-08-15")).write());
        load(new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-02-01")).write());

        assertThat(rows("SELECT period, closed FROM core.cases")).containsExactly("2026H2|2026-08-15");
        assertThat(rows("SELECT period FROM staging.cases ORDER BY period")).containsExactly("2026H1", "2026H2");
    }

    @Test
    void aFileDroppedFromAReloadedPackageLeavesNoRowsBehind() throws Exception {
        load(fullPackage("2026H1").write());
        load(new ExtractFixture(out, "2280", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-02-01")).write());

        assertThat(rows("SELECT * FROM staging.contacts")).isEmpty();
        assertThat(rows("SELECT * FROM core.contacts")).isEmpty();
        assertThat(rows("SELECT rows_cases, rows_contacts FROM meta.loads")).containsExactly("1|null");
    }

    @Test
    void completedCoursesAccumulateAcrossPeriodsAndCountOnce() throws Exception {
        Map<String, Object> course = row("employee_id", "e1", "department", "Soc", "unit", "IFO vuxen", "role", "employee",
                "course", "basic", "completed_on", "2025-10-01");
        load(new ExtractFixture(out, "2280", "2025H2").rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2025-09-01"))
                .rows(RecordKind.TRAINING, course).write());
        load(new ExtractFixture(out, "2280", "2026H1").rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2025-09-01"))
                .rows(RecordKind.TRAINING, course, row("employee_id", "e2", "department", "Soc", "unit", "IFO vuxen",
                        "role", "manager", "course", "basic", "completed_on", "2026-02-01")).write());

        assertThat(rows("SELECT employee_id, period FROM core.training ORDER BY ALL"))
                .containsExactly("e1|2026H1", "e2|2026H1");
    }

    @Test
    void keepsMunicipalitiesApart() throws Exception {
        load(fullPackage("2026H1").write());
        load(new ExtractFixture(out, "1882", "2026H1")
                .rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-02-01")).write());
        load(fullPackage("2026H1").write());

        assertThat(rows("SELECT municipality, count(*) FROM core.cases GROUP BY ALL ORDER BY ALL"))
                .containsExactly("1882|1", "2280|3");
    }

    @Test
    void reloadingAnEarlierPeriodAfterLaterOnesGivesTheCoreOfAFreshLoadInOrder() throws Exception {
        load(history("2025H2", "first").write());
        load(history("2026H1", "first").write());
        load(history("2026H2", "first").write());
        load(history("2026H1", "second").write());
        Map<String, List<String>> reloaded = coreTables(warehouse);

        try (Warehouse fresh = TestWarehouses.migrated(out.resolve("fresh"))) {
            for (String period : List.of("2025H2", "2026H1", "2026H2")) {
                loader.load(fresh, new ExtractFixture(out, "2280", period).layout(), MunicipalityCode.parse("2280"),
                        Period.parse(period), LoadOptions.defaults());
            }
            assertThat(reloaded).isEqualTo(coreTables(fresh));
        }
        assertThat(reloaded.get("core.cases"))
                .anyMatch(row -> row.startsWith("2280|2026H2|c1|p1|victim|IFO vuxen|2025-09-01|2026-08-01|"))
                .anyMatch(row -> row.startsWith("2280|2026H1|c3|p3|victim|IFO second|2026-01-10|null|"))
                .anyMatch(row -> row.startsWith("2280|2026H2|c2|p2|"))
                .hasSize(4);
    }

    @Test
    void theCoreAfterLoadsAndReloadsInAnyOrderEqualsAFullRebuildFromStaging() throws Exception {
        load(history("2026H2", "first").write());
        load(history("2025H2", "first").write());
        load(history("2026H1", "second").write());
        load(history("2025H2", "second").write());
        load(history("2026H1", "first").write());
        load(new ExtractFixture(out, "1882", "2026H1").rows(RecordKind.CASES, caseRow("c1", "p1", "victim", "2026-02-01"))
                .write());
        load(history("2026H2", "second").write());

        for (Map.Entry<String, String> table : FULL_REBUILD.entrySet()) {
            assertThat(rows("SELECT * EXCLUDE (municipality) FROM " + table.getKey()
                    + " WHERE municipality = '2280' ORDER BY ALL"))
                    .as(table.getKey())
                    .isNotEmpty()
                    .isEqualTo(rows("SELECT * EXCLUDE (municipality) FROM (" + table.getValue() + ") ORDER BY ALL"));
        }
        assertThat(rows("SELECT municipality, count(*) FROM core.cases GROUP BY ALL ORDER BY ALL"))
                .containsExactly("1882|1", "2280|4");
    }

    /**
     * A package of a small history in two versions: keys that recur across periods (a case that closes
     * later, an intervention whose end becomes known), keys only one version has, per-period facts.
     */
    private ExtractFixture history(String period, String version) {
        boolean second = version.equals("second");
        String unit = "IFO " + version;
        ExtractFixture fixture = new ExtractFixture(out, "2280", period)
                .rows(RecordKind.CASES,
                        caseRow("c1", "p1", "victim", "2025-09-01", "unit", period.equals("2026H2") ? "IFO vuxen" : unit,
                                "closed", period.equals("2026H2") ? "2026-08-01" : null),
                        caseRow("c1", "p4", "child_witness", "2025-09-01", "age", 9, "age_band", "0-17", "unit", unit),
                        second ? caseRow("c3", "p3", "victim", "2026-01-10", "unit", unit)
                                : caseRow("c2", "p2", "victim", "2025-10-01", "unit", unit))
                .rows(RecordKind.CONTACTS,
                        row("contact_id", "k-" + period, "person_id", "p1", "unit", unit, "contact_date", "2025-09-01",
                                "asked", true, "disclosed", second, "case_id", "c1"),
                        row("contact_id", "k-shared", "person_id", "p2", "unit", unit, "contact_date", "2025-09-02",
                                "asked", second, "case_id", "c1"))
                .rows(RecordKind.RISK_ASSESSMENTS,
                        row("assessment_id", "a1", "case_id", "c1", "person_id", "p1", "method", "SARA_SV",
                                "assessed_on", "2025-09-05", "risk_level", second ? "high" : "medium", "unit", unit))
                .rows(RecordKind.INTERVENTIONS,
                        row("intervention_id", "i1", "case_id", "c1", "person_id", "p1", "type", "support_talks",
                                "start", "2025-09-10", "end", period.equals("2026H2") ? "2026-09-01" : null))
                .rows(RecordKind.TRAINING,
                        row("employee_id", "e1", "department", "Soc " + version, "unit", unit, "role", "employee",
                                "course", "basic", "completed_on", "2025-08-01"))
                .rows(RecordKind.HEADCOUNT,
                        row("department", "Soc " + version, "unit", unit, "role", "employee", "headcount",
                                second ? 11L : 10L));
        if (second) {
            fixture.rows(RecordKind.TRAINING, row("employee_id", "e2", "department", "Soc", "unit", unit, "role",
                    "manager", "course", "basic", "completed_on", "2026-01-15"));
        }
        return fixture;
    }

    private static Map<String, List<String>> coreTables(Warehouse warehouse) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>(WarehouseDump.of(warehouse));
        tables.keySet().removeIf(name -> !name.startsWith("core.") || name.equals("core.periods"));
        return tables;
    }

    private static void rewriteManifestHash(ExtractFixture fixture, Path file) throws Exception {
        String manifest = Files.readString(fixture.manifestFile());
        String name = file.getFileName().toString();
        int at = manifest.indexOf("\"output\" : \"" + name + "\"");
        int hashStart = manifest.indexOf("\"output_sha256\" : \"", at) + "\"output_sha256\" : \"".length();
        String updated = manifest.substring(0, hashStart) + Sha256.of(file) + manifest.substring(hashStart + 64);
        Files.writeString(fixture.manifestFile(), updated);
    }
}
