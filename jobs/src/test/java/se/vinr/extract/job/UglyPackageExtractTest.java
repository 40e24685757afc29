package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.Sha256;
import se.vinr.extract.RejectReason;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.pseudonym.IdKind;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.extract.pseudonym.Pseudonymiser;

/**
 * The real extract job on an ugly package ({@code extract-job/ugly}): every reason code of the contract,
 * and a different dialect in each file — {@code cases.csv} {@code ;}, Windows-1252, CRLF and an unknown
 * column; {@code contacts.csv} a BOM and header names in odd case with spaces; {@code risk_assessments.csv}
 * quoted values holding the delimiter, quotes and line breaks; {@code interventions.csv} {@code ;}, CRLF
 * and a blank line; {@code training.csv} Windows-1252 without a final line break; {@code headcount.csv}
 * CRLF and an unknown column; {@code plan_status.csv} a BOM, {@code ;} and a CRLF inside a quoted value.
 * Its reject shares are far above 5 %, so the run raises the limit through {@code --config}.
 */
class UglyPackageExtractTest {

    @TempDir
    static Path temp;

    private static ExtractCli.Result result;
    private static Path extract;
    private static Pseudonymiser pseudonymiser;

    @BeforeAll
    static void extractTheUglyPackage() throws IOException {
        Path key = ExtractCli.newKey(temp.resolve("key"));
        Path config = Files.writeString(temp.resolve("lenient.yml"), "vinr:\n  reject-share-limit: 0.7\n");
        result = ExtractCli.extract(Fixture.of("ugly"), temp.resolve("out"), key, "--config", config.toString());
        extract = ExtractCli.extractDir(temp.resolve("out"));
        pseudonymiser = new Pseudonymiser(PseudonymKey.load(key));
    }

    @Test
    void completesAndWritesACompleteManifest() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.status()).isEqualTo("complete");
        assertThat(manifest.files()).containsExactly("cases.csv", "contacts.csv", "risk_assessments.csv",
                "interventions.csv", "training.csv", "headcount.csv", "plan_status.csv");
        assertThat(manifest.missingFiles()).isEmpty();
        assertThat(extract.resolve(".work")).doesNotExist();
    }

    @Test
    void countsEveryRowOfEveryFileExactlyOnce() {
        ManifestFile manifest = ManifestFile.read(extract);
        Map<String, long[]> expected = Map.of(
                "cases.csv", new long[] {13, 5, 8},
                "contacts.csv", new long[] {8, 4, 4},
                "risk_assessments.csv", new long[] {6, 3, 3},
                "interventions.csv", new long[] {7, 3, 4},
                "training.csv", new long[] {7, 3, 4},
                "headcount.csv", new long[] {7, 3, 4},
                "plan_status.csv", new long[] {6, 3, 3});
        expected.forEach((file, counts) -> {
            assertThat(new long[] {manifest.count(file, "read"), manifest.count(file, "written"),
                    manifest.count(file, "rejected")}).as(file).containsExactly(counts);
            assertThat(manifest.count(file, "read")).as(file)
                    .isEqualTo(manifest.count(file, "written") + manifest.count(file, "rejected"));
            assertThat(manifest.rejectedByReason(file).values().stream().mapToLong(Long::longValue).sum()).as(file)
                    .isEqualTo(manifest.count(file, "rejected"));
        });
    }

    @Test
    void countsTheRejectsOfEachFileByReason() {
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.rejectedByReason("cases.csv")).containsOnly(entry("malformed_row", 1L),
                entry("missing_required", 1L), entry("invalid_person_id", 1L), entry("invalid_date", 1L),
                entry("unknown_code", 1L), entry("closed_before_opened", 1L), entry("out_of_period", 1L),
                entry("duplicate_id", 1L));
        assertThat(manifest.rejectedByReason("contacts.csv")).containsOnly(entry("invalid_person_id", 1L),
                entry("unknown_code", 1L), entry("out_of_period", 1L), entry("duplicate_id", 1L));
        assertThat(manifest.rejectedByReason("risk_assessments.csv")).containsOnly(entry("malformed_row", 1L),
                entry("invalid_date", 1L), entry("unknown_code", 1L));
        assertThat(manifest.rejectedByReason("interventions.csv")).containsOnly(entry("missing_required", 1L),
                entry("closed_before_opened", 1L), entry("out_of_period", 1L), entry("duplicate_id", 1L));
        assertThat(manifest.rejectedByReason("training.csv")).containsOnly(entry("missing_required", 1L),
                entry("unknown_code", 1L), entry("out_of_period", 1L), entry("duplicate_id", 1L));
        assertThat(manifest.rejectedByReason("headcount.csv")).containsOnly(entry("malformed_row", 1L),
                entry("unknown_code", 1L), entry("invalid_text", 1L), entry("duplicate_id", 1L));
        assertThat(manifest.rejectedByReason("plan_status.csv")).containsOnly(entry("missing_required", 1L),
                entry("unknown_code", 1L), entry("duplicate_id", 1L));
    }

    @Test
    void listsTheIgnoredColumnsAndTheDigestsOfInputAndOutput() throws IOException {
        ManifestFile manifest = ManifestFile.read(extract);
        assertThat(manifest.ignoredColumns("cases.csv")).containsExactly("Handläggare");
        assertThat(manifest.ignoredColumns("headcount.csv")).containsExactly("Kommentar");
        assertThat(manifest.ignoredColumns("contacts.csv")).isEmpty();
        for (String file : manifest.files()) {
            String base = file.substring(0, file.length() - ".csv".length());
            assertThat(manifest.text(file, "sha256")).as(file)
                    .isEqualTo(Sha256.of(Fixture.of("ugly").resolve(file)));
            assertThat(manifest.text(file, "output")).isEqualTo(base + ".parquet");
            assertThat(manifest.text(file, "output_sha256")).as(file)
                    .isEqualTo(Sha256.of(extract.resolve(base + ".parquet")));
        }
    }

    @Test
    void writesOneRejectPerRejectedRowAtTheLineWhereTheRowStarts() throws IOException {
        List<CSVRecord> rejects = rejects();

        assertThat(rejects).extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("field"), r -> r.get("reason"))
                .containsExactly(
                        tuple("cases.csv", "5", "", "malformed_row"),
                        tuple("cases.csv", "6", "person_id", "missing_required"),
                        tuple("cases.csv", "7", "person_id", "invalid_person_id"),
                        tuple("cases.csv", "8", "opened", "invalid_date"),
                        tuple("cases.csv", "9", "role", "unknown_code"),
                        tuple("cases.csv", "10", "closed", "closed_before_opened"),
                        tuple("cases.csv", "11", "closed", "out_of_period"),
                        tuple("cases.csv", "12", "case_id+person_id+role", "duplicate_id"),
                        tuple("contacts.csv", "4", "contact_date", "out_of_period"),
                        tuple("contacts.csv", "5", "asked", "unknown_code"),
                        tuple("contacts.csv", "6", "contact_id", "duplicate_id"),
                        tuple("contacts.csv", "8", "person_id", "invalid_person_id"),
                        tuple("risk_assessments.csv", "6", "method", "unknown_code"),
                        tuple("risk_assessments.csv", "7", "assessed_on", "invalid_date"),
                        tuple("risk_assessments.csv", "8", "", "malformed_row"),
                        tuple("interventions.csv", "3", "end", "closed_before_opened"),
                        tuple("interventions.csv", "4", "type", "missing_required"),
                        tuple("interventions.csv", "6", "start", "out_of_period"),
                        tuple("interventions.csv", "8", "intervention_id", "duplicate_id"),
                        tuple("training.csv", "4", "employee_id+course+completed_on", "duplicate_id"),
                        tuple("training.csv", "5", "role", "unknown_code"),
                        tuple("training.csv", "6", "unit", "missing_required"),
                        tuple("training.csv", "7", "completed_on", "out_of_period"),
                        tuple("headcount.csv", "4", "department+unit+role", "duplicate_id"),
                        tuple("headcount.csv", "5", "headcount", "unknown_code"),
                        tuple("headcount.csv", "6", "", "malformed_row"),
                        tuple("headcount.csv", "8", "department", "invalid_text"),
                        tuple("plan_status.csv", "5", "status", "unknown_code"),
                        tuple("plan_status.csv", "6", "activity_id", "duplicate_id"),
                        tuple("plan_status.csv", "8", "activity_id", "missing_required"));
        assertThat(rejects).extracting(r -> r.get("reason")).containsAll(
                Arrays.stream(RejectReason.values()).map(RejectReason::code).toList());
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("message")).startsWith(r.get("file") + ", rad " + r.get("line")));
    }

    @Test
    void writesEachKeptRowToParquetUnderItsOwnLine() throws SQLException {
        Map<String, List<Long>> keptLines = Map.of(
                "cases", List.of(2L, 3L, 4L, 13L, 14L),
                "contacts", List.of(2L, 3L, 7L, 9L),
                "risk_assessments", List.of(2L, 3L, 10L),
                "interventions", List.of(2L, 7L, 9L),
                "training", List.of(2L, 3L, 8L),
                "headcount", List.of(2L, 3L, 7L),
                "plan_status", List.of(2L, 3L, 7L));
        for (Map.Entry<String, List<Long>> kind : keptLines.entrySet()) {
            Path parquet = extract.resolve(kind.getKey() + ".parquet");
            assertThat(Parquet.rows(parquet, "source_line")).as(kind.getKey())
                    .extracting(row -> ((Number) row.get(0)).longValue()).containsExactlyElementsOf(kind.getValue());
            assertThat(Parquet.count(parquet)).isEqualTo(ManifestFile.read(extract).count(kind.getKey() + ".csv", "written"));
        }
    }

    @Test
    void typesTheParquetColumns() throws SQLException {
        assertThat(Parquet.types(extract.resolve("cases.parquet"))).containsExactly(
                entry("case_id", "VARCHAR"), entry("person_id", "VARCHAR"), entry("role", "VARCHAR"),
                entry("unit", "VARCHAR"), entry("opened", "DATE"), entry("closed", "DATE"), entry("sex", "VARCHAR"),
                entry("violence_types", "VARCHAR"), entry("relation", "VARCHAR"), entry("disability", "BOOLEAN"),
                entry("lgbtq", "BOOLEAN"), entry("foreign_background", "BOOLEAN"), entry("age", "INTEGER"),
                entry("age_band", "VARCHAR"), entry("source_line", "BIGINT"));
        assertThat(Parquet.types(extract.resolve("contacts.parquet"))).contains(entry("contact_date", "DATE"),
                entry("asked", "BOOLEAN"), entry("disclosed", "BOOLEAN"), entry("sex", "VARCHAR"),
                entry("age", "INTEGER"));
        assertThat(Parquet.types(extract.resolve("headcount.parquet"))).contains(entry("headcount", "BIGINT"));
        assertThat(Parquet.types(extract.resolve("plan_status.parquet"))).contains(entry("value", "DOUBLE"));
    }

    @Test
    void decodesEachDialectAndDerivesSexAndAgeFromEveryFormOfPersonId() throws SQLException {
        assertThat(Parquet.rows(extract.resolve("cases.parquet"), "unit, CAST(opened AS VARCHAR), "
                + "CAST(closed AS VARCHAR), sex, violence_types, disability, lgbtq, foreign_background, age, age_band"))
                .containsExactly(
                        row("Socialtjänst Öre", "2026-01-10", null, "K", "physical|psychological", true, false,
                                null, 40, "25-44"),
                        row("Socialtjänst Öre", "2026-01-10", null, "M", null, null, null, null, 47,
                                "45-64"),
                        row("Socialtjänst Öre", "2026-01-10", null, "K", null, null, null, false, 13,
                                "0-17"),
                        row("Socialtjänst Älvdalen", "2025-11-03", null, "K", "honour", true, false, true, 113,
                                "80+"),
                        row("Socialtjänst Älvdalen", "2026-04-01", "2026-05-31", "K", "sexual", false, true, true,
                                35, "25-44"));
        assertThat(Parquet.rows(extract.resolve("contacts.parquet"), "asked, disclosed"))
                .containsExactly(row(true, true), row(false, null), row(true, false), row(true, false));
        assertThat(Parquet.rows(extract.resolve("risk_assessments.parquet"), "unit"))
                .containsExactly(row("IFO, vuxen"), row("IFO\nvuxen\nnatt"), row("IFO"));
        assertThat(Parquet.rows(extract.resolve("training.parquet"), "department"))
                .containsExactly(row("Äldreomsorg"), row("Individ- och familjeomsorg"), row("Kommunfullmäktige"));
        assertThat(Parquet.rows(extract.resolve("headcount.parquet"), "headcount"))
                .extracting(row -> ((Number) row.get(0)).longValue()).containsExactly(12L, 2L, 31L);
        // free-text comments are dropped in the extract unless a profile keeps them
        assertThat(Parquet.rows(extract.resolve("plan_status.parquet"), "activity_id, status, value, comment"))
                .containsExactly(row("D1.A1", "done", null, null), row("D1.A2", "ongoing", 42.5, null),
                        row("D1.A4", "not_started", null, null));
    }

    @Test
    void replacesEveryIdentifierByItsKeyedPseudonym() throws Exception {
        LocalDate end = LocalDate.of(2026, 6, 30);
        String anna = pseudonymiser.pseudonymise(PersonId.parse("19850312-0001", end));
        String samordning = pseudonymiser.pseudonymise(PersonId.parse("19900767-0004", end));
        String centenarian = pseudonymiser.pseudonymise(PersonId.parse("19120315-0006", end));
        String firstCase = pseudonymiser.pseudonymise(IdKind.CASE, "ÄR-1001");

        assertThat(Parquet.rows(extract.resolve("cases.parquet"), "case_id, person_id").get(0))
                .containsExactly(firstCase, anna);
        assertThat(Parquet.rows(extract.resolve("contacts.parquet"), "contact_id, person_id, case_id").get(0))
                .containsExactly(pseudonymiser.pseudonymise(IdKind.CONTACT, "KT-5001"), anna, firstCase);
        assertThat(Parquet.rows(extract.resolve("interventions.parquet"), "intervention_id, person_id"))
                .containsExactly(row(pseudonymiser.pseudonymise(IdKind.INTERVENTION, "IN-9001"), anna),
                        row(pseudonymiser.pseudonymise(IdKind.INTERVENTION, "IN-9005"), samordning),
                        row(pseudonymiser.pseudonymise(IdKind.INTERVENTION, "IN-9006"), centenarian));
        assertThat(Parquet.rows(extract.resolve("training.parquet"), "employee_id").get(0))
                .containsExactly(pseudonymiser.pseudonymise(IdKind.EMPLOYEE, "ANST-4711"));
        assertThat(Parquet.rows(extract.resolve("risk_assessments.parquet"), "assessment_id").get(0))
                .containsExactly(pseudonymiser.pseudonymise(IdKind.ASSESSMENT, "RB-7001"));
    }

    private static List<CSVRecord> rejects() throws IOException {
        try (Reader reader = Files.newBufferedReader(extract.resolve("rejects.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getHeaderNames()).containsExactly("file", "line", "field", "reason", "message");
            return parser.getRecords();
        }
    }

    /** A row as DuckDB gives it, nulls allowed. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
