package se.vinr.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.extract.RejectReason.CLOSED_BEFORE_OPENED;
import static se.vinr.extract.RejectReason.DUPLICATE_ID;
import static se.vinr.extract.RejectReason.INVALID_DATE;
import static se.vinr.extract.RejectReason.INVALID_PERSON_ID;
import static se.vinr.extract.RejectReason.MALFORMED_ROW;
import static se.vinr.extract.RejectReason.MISSING_REQUIRED;
import static se.vinr.extract.RejectReason.OUT_OF_PERIOD;
import static se.vinr.extract.RejectReason.INVALID_TEXT;
import static se.vinr.extract.RejectReason.UNKNOWN_CODE;
import static se.vinr.extract.csv.Fixtures.ugly;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vinr.core.Period;
import se.vinr.extract.FieldSpec;
import se.vinr.extract.FieldType;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.profile.MappingProfile;

/** The ugly files, end to end: every reason code, in the contract's order, and nothing lost. */
class UglyFilesTest {

    private static final Period H1 = Period.parse("2026H1");

    private static Extraction run(String fixture, RecordKind kind) {
        return Extraction.run(ugly(fixture), kind, H1, MappingProfile.none(), Messages.swedish());
    }

    @Test
    void judgesEveryCaseRowByTheFirstReasonThatApplies() {
        Extraction cases = run("cases-every-reason.csv", RecordKind.CASES);

        assertThat(cases.reasonsByLine()).containsExactly(
                entry(3L, MALFORMED_ROW),
                entry(4L, MISSING_REQUIRED),
                entry(5L, INVALID_PERSON_ID),
                entry(6L, INVALID_DATE),
                entry(7L, UNKNOWN_CODE),
                entry(8L, UNKNOWN_CODE),
                entry(9L, UNKNOWN_CODE),
                entry(10L, CLOSED_BEFORE_OPENED),
                entry(11L, OUT_OF_PERIOD),
                entry(12L, DUPLICATE_ID),
                entry(13L, MISSING_REQUIRED),
                entry(14L, INVALID_PERSON_ID),
                entry(15L, OUT_OF_PERIOD),
                entry(17L, OUT_OF_PERIOD),
                entry(20L, UNKNOWN_CODE));
        assertThat(cases.validated()).extracting(v -> v.record().line())
                .containsExactly(2L, 16L, 18L, 19L, 21L, 22L);
    }

    @Test
    void namesTheFieldAtFault() {
        Extraction cases = run("cases-every-reason.csv", RecordKind.CASES);

        assertThat(cases.rejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                tuple(3L, ""),
                tuple(4L, "person_id"),
                tuple(5L, "person_id"),
                tuple(6L, "opened"),
                tuple(7L, "role"),
                tuple(8L, "violence_types"),
                tuple(9L, "disability"),
                tuple(10L, "closed"),
                tuple(11L, "closed"),
                tuple(12L, "case_id+person_id+role"),
                tuple(13L, "person_id"),
                tuple(14L, "person_id"),
                tuple(15L, "closed"),
                tuple(17L, "opened"),
                tuple(20L, "sex"));
        assertThat(cases.rejections()).allMatch(r -> r.file().equals("cases.csv"));
    }

    @Test
    void trimsTranslatesAndTypesTheValuesOfAValidRow() {
        Validated trimmed = run("cases-every-reason.csv", RecordKind.CASES).validatedAt(19);

        assertThat(trimmed.values()).containsExactly(
                entry("case_id", "C-17"),
                entry("person_id", "198802299803"),
                entry("role", "victim"),
                entry("unit", "IFO vuxen"),
                entry("opened", LocalDate.of(2026, 4, 1)),
                entry("closed", null),
                entry("sex", "X"),
                entry("violence_types", "physical|sexual"),
                entry("relation", null),
                entry("disability", true),
                entry("lgbtq", false),
                entry("foreign_background", false));
        assertThat(trimmed.person().birthDate()).isEqualTo(LocalDate.of(1988, 2, 29));
    }

    @Test
    void judgesTheOtherFilesByTheirOwnRules() {
        assertThat(run("contacts-every-reason.csv", RecordKind.CONTACTS).reasonsByLine()).containsExactly(
                entry(3L, OUT_OF_PERIOD), entry(4L, OUT_OF_PERIOD), entry(5L, DUPLICATE_ID), entry(6L, MISSING_REQUIRED));
        assertThat(run("interventions-every-reason.csv", RecordKind.INTERVENTIONS).reasonsByLine()).containsExactly(
                entry(3L, CLOSED_BEFORE_OPENED), entry(4L, UNKNOWN_CODE), entry(5L, OUT_OF_PERIOD));
        assertThat(run("headcount-every-reason.csv", RecordKind.HEADCOUNT).reasonsByLine()).containsExactly(
                entry(3L, UNKNOWN_CODE), entry(4L, UNKNOWN_CODE), entry(5L, DUPLICATE_ID), entry(7L, INVALID_TEXT));
        assertThat(run("plan-status-every-reason.csv", RecordKind.PLAN_STATUS).reasonsByLine()).containsExactly(
                entry(3L, UNKNOWN_CODE), entry(4L, UNKNOWN_CODE), entry(6L, DUPLICATE_ID));
        assertThat(run("training-every-reason.csv", RecordKind.TRAINING).reasonsByLine()).containsExactly(
                entry(3L, DUPLICATE_ID), entry(5L, UNKNOWN_CODE));
        assertThat(run("risk-assessments-every-reason.csv", RecordKind.RISK_ASSESSMENTS).reasonsByLine())
                .containsExactly(entry(3L, UNKNOWN_CODE), entry(5L, INVALID_PERSON_ID));
    }

    @Test
    void theUglyFilesTogetherUseEveryReasonCode() {
        Set<RejectReason> seen = EnumSet.noneOf(RejectReason.class);
        everyReasonFile().forEach(args -> seen.addAll(
                run((String) args.get()[0], (RecordKind) args.get()[1]).counts().rejectedByReason().keySet()));
        assertThat(seen).containsExactlyInAnyOrder(RejectReason.values());
    }

    @ParameterizedTest
    @MethodSource("everyReasonFile")
    void accountsForEveryRowRead(String fixture, RecordKind kind) {
        Extraction extraction = run(fixture, kind);
        FileCounts counts = extraction.counts();

        assertThat(counts.read()).isEqualTo(extraction.rows().size()).isPositive();
        assertThat(counts.read()).isEqualTo(counts.written() + counts.rejected());
        assertThat(counts.written()).isEqualTo(extraction.validated().size());
        assertThat(counts.rejectedByReason().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(counts.rejected());
    }

    @ParameterizedTest
    @MethodSource("everyReasonFile")
    void neverPutsAnIdentifierIntoAMessage(String fixture, RecordKind kind) {
        Extraction extraction = run(fixture, kind);
        List<String> identifierFields = kind.fields().stream()
                .filter(f -> f.type() == FieldType.ID || f.type() == FieldType.PERSON_ID)
                .map(FieldSpec::name).toList();
        for (Rejection rejection : extraction.rejections()) {
            assertThat(rejection.message()).startsWith(kind.csvName() + ", rad " + rejection.line());
            extraction.rows().stream().filter(row -> row.line() == rejection.line()).findFirst().ifPresent(row ->
                    identifierFields.stream().map(row::field)
                            .filter(v -> v != null && !v.isBlank())
                            .forEach(v -> assertThat(rejection.message()).doesNotContain(v.trim())));
            assertThat(rejection.message()).doesNotContainPattern("\\d{6}");
        }
    }

    static Stream<Arguments> everyReasonFile() {
        return Stream.of(
                Arguments.of("cases-every-reason.csv", RecordKind.CASES),
                Arguments.of("contacts-every-reason.csv", RecordKind.CONTACTS),
                Arguments.of("interventions-every-reason.csv", RecordKind.INTERVENTIONS),
                Arguments.of("headcount-every-reason.csv", RecordKind.HEADCOUNT),
                Arguments.of("plan-status-every-reason.csv", RecordKind.PLAN_STATUS),
                Arguments.of("training-every-reason.csv", RecordKind.TRAINING),
                Arguments.of("risk-assessments-every-reason.csv", RecordKind.RISK_ASSESSMENTS));
    }

    @Test
    void readsEveryDialectVariantWithoutRejects() {
        for (String fixture : List.of("comma-lf-utf8.csv", "semicolon-crlf-utf8-bom.csv", "semicolon-crlf-windows1252.csv",
                "comma-lf-windows1252-no-final-newline.csv", "header-case-and-spaces.csv")) {
            FileCounts counts = run(fixture, RecordKind.CASES).counts();
            assertThat(counts).as(fixture).isEqualTo(new FileCounts(3, 3, 0, Map.of()));
        }
    }

    @Test
    void aHeaderWithoutRowsCountsNothing() {
        assertThat(run("header-only.csv", RecordKind.CASES).counts()).isEqualTo(new FileCounts(0, 0, 0, Map.of()));
    }
}
