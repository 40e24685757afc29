package se.vinr.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.profile.MappingProfile;

class RowValidatorTest {

    private static final Period H1 = Period.parse("2026H1");
    private static final List<String> CASE_FIELDS = List.of("case_id", "person_id", "role", "unit", "opened", "closed",
            "sex", "violence_types", "relation", "disability", "lgbtq", "foreign_background");

    @TempDir
    Path dir;

    @Test
    void translatesSourceValuesBeforeJudgingThem() throws IOException {
        MappingProfile profile = profile("""
                list_separator: ","
                codes:
                  role: {Våldsutsatt: victim}
                  violence_types: {Fysiskt: physical, Psykiskt: psychological}
                  disability: {Vet ej: ""}
                """);
        ValidationResult result = validator(RecordKind.CASES, profile, Messages.swedish()).validate(caseRow(2,
                Map.of("role", "våldsutsatt", "violence_types", "Psykiskt , fysiskt,,psychological", "disability", "VET EJ")));

        assertThat(result).isInstanceOfSatisfying(Validated.class, v -> {
            assertThat(v.value("role")).isEqualTo("victim");
            assertThat(v.value("violence_types")).isEqualTo("physical|psychological");
            assertThat(v.values()).containsEntry("disability", null);
        });
    }

    @Test
    void aRequiredValueTranslatedToUnknownIsMissing() throws IOException {
        MappingProfile profile = profile("codes:\n  role: {Okänd: \"\"}\n");
        ValidationResult result = validator(RecordKind.CASES, profile, Messages.swedish())
                .validate(caseRow(7, Map.of("role", "Okänd")));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.MISSING_REQUIRED);
            assertThat(r.field()).isEqualTo("role");
        });
    }

    @Test
    void describesAPersonIdInTheWrongFieldByItsLengthOnly() {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.english())
                .validate(caseRow(4, Map.of("role", "19850312-9804")));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
            assertThat(r.message()).isEqualTo("cases.csv, line 4, field role: the value (13 characters) is not one of "
                    + "the allowed codes (victim, child_victim, child_witness, perpetrator). Use one of the codes, or "
                    + "translate the source value under codes in the profile.");
        });
    }

    @Test
    void tellsWhatIsWrongWithAPersonIdWithoutShowingIt() {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.swedish())
                .validate(caseRow(9, Map.of("person_id", "19850332-9801")));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_PERSON_ID);
            assertThat(r.message()).contains("(13 tecken)").doesNotContain("850332");
        });
    }

    @ParameterizedTest
    @CsvSource({"ja,true", "JA,true", "j,true", "1,true", "True,true", "nej,false", "N,false", "0,false", "FALSE,false"})
    void acceptsTheContractsYesNoWordsInAnyCase(String word, boolean expected) {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.swedish())
                .validate(caseRow(2, Map.of("lgbtq", word)));

        assertThat(result).isInstanceOfSatisfying(Validated.class, v -> assertThat(v.value("lgbtq")).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3,5|3.5", "-0.25|-0.25", "12|12.0", ",5|0.5"})
    void readsNumbersWithADecimalCommaOrPoint(String text, double expected) {
        ValidationResult result = validator(RecordKind.PLAN_STATUS, MappingProfile.none(), Messages.swedish())
                .validate(new RawRecord(2, Map.of("activity_id", "A1", "status", "done", "value", text), 4, false));

        assertThat(result).isInstanceOfSatisfying(Validated.class, v -> assertThat(v.value("value")).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 000", "1.000,5", "3e2", "ca 4"})
    void refusesNumbersWithSeparatorsOrWords(String text) {
        ValidationResult result = validator(RecordKind.PLAN_STATUS, MappingProfile.none(), Messages.swedish())
                .validate(new RawRecord(2, Map.of("activity_id", "A1", "status", "done", "value", text), 4, false));

        assertThat(result).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_CODE));
    }

    @Test
    void readsAHeadcountAsAWholeNumber() {
        RowValidator validator = validator(RecordKind.HEADCOUNT, MappingProfile.none(), Messages.swedish());

        ValidationResult ok = validator.validate(headcount(2, "IFO", "007"));
        ValidationResult decimal = validator.validate(headcount(3, "Familjerätt", "2.0"));

        assertThat(ok).isInstanceOfSatisfying(Validated.class, v -> assertThat(v.value("headcount")).isEqualTo(7L));
        assertThat(decimal).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.message())
                .isEqualTo("headcount.csv, rad 3, fält headcount: \"2.0\" är inget heltal som är 0 eller större. "
                        + "Rätta värdet i källsystemet."));
    }

    @Test
    void readsDatesInTheProfilesPatternStrictly() throws IOException {
        RowValidator validator = validator(RecordKind.CASES, profile("date_pattern: dd.MM.yyyy\n"), Messages.swedish());

        ValidationResult leapless = validator.validate(caseRow(2, Map.of("opened", "29.02.2026")));
        ValidationResult fine = validator.validate(caseRow(3, Map.of("opened", "28.02.2026", "case_id", "C-2")));

        assertThat(leapless).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_DATE);
            assertThat(r.message()).contains("\"29.02.2026\"", "dd.MM.yyyy");
        });
        assertThat(fine).isInstanceOfSatisfying(Validated.class,
                v -> assertThat(v.value("opened")).isEqualTo(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void showsNoValuesWhenPrinted() {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.swedish())
                .validate(caseRow(2, Map.of()));

        assertThat(result.toString()).isEqualTo("Validated[line=2]");
        assertThat(((Validated) result).person().toString()).doesNotContain("9804");
    }

    @Test
    void aDateBeforeThePersonsBirthIsAnInvalidDateNotAFailedJob() {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.english())
                .validate(caseRow(5, Map.of("opened", "1985-03-01")));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_DATE);
            assertThat(r.field()).isEqualTo("opened");
            assertThat(r.message()).isEqualTo("cases.csv, line 5, field opened: the date 1985-03-01 is before the"
                    + " person's date of birth in the personal identity number. Check the date and the number in the"
                    + " source system.");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Enhet 19850312-9804|holds what looks like a personal identity number",
            "IFO 850312+9804|holds what looks like a personal identity number",
            "Vård\u0000omsorg|holds a control character",
            "Vård\u0007omsorg|holds a control character"})
    void aUnitNameHoldingAPersonalNumberOrAControlCharacterIsInvalidText(String unit, String problem) {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.english())
                .validate(caseRow(3, Map.of("unit", unit)));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_TEXT);
            assertThat(r.field()).isEqualTo("unit");
            assertThat(r.message()).contains(problem).doesNotContain("9804", "Vård");
        });
    }

    @Test
    void aNameOfMoreThanTwoHundredCharactersIsInvalidTextButTwoHundredPass() {
        RowValidator validator = validator(RecordKind.HEADCOUNT, MappingProfile.none(), Messages.english());

        ValidationResult tooLong = validator.validate(new RawRecord(2, Map.of("department", "D".repeat(201), "unit",
                "IFO", "role", "employee", "headcount", "3"), 4, false));
        ValidationResult fits = validator.validate(new RawRecord(3, Map.of("department", "D".repeat(200), "unit",
                "IFO", "role", "employee", "headcount", "3"), 4, false));

        assertThat(tooLong).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_TEXT);
            assertThat(r.message()).contains("the text has 201 characters, more than the 200");
        });
        assertThat(fits).isInstanceOf(Validated.class);
    }

    @Test
    void aCommentIsDroppedUnlessTheProfileKeepsIt() throws IOException {
        RawRecord row = new RawRecord(2, Map.of("activity_id", "A1", "status", "done", "comment", "Klart i tid"), 4,
                false);

        ValidationResult dropped = validator(RecordKind.PLAN_STATUS, MappingProfile.none(), Messages.english())
                .validate(row);
        ValidationResult kept = validator(RecordKind.PLAN_STATUS, profile("keep_comments: true\n"), Messages.english())
                .validate(row);

        assertThat(dropped).isInstanceOfSatisfying(Validated.class, v -> assertThat(v.values()).containsEntry("comment",
                null));
        assertThat(kept).isInstanceOfSatisfying(Validated.class, v -> assertThat(v.value("comment"))
                .isEqualTo("Klart i tid"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ringde Åsa Öberg om planen|holds what looks like a person's name",
            "Uppföljning av 850312-9804|holds what looks like a personal identity number"})
    void aKeptCommentHoldingANameOrAPersonalNumberIsInvalidText(String comment, String problem) throws IOException {
        ValidationResult result = validator(RecordKind.PLAN_STATUS, profile("keep_comments: ja\n"), Messages.english())
                .validate(new RawRecord(2, Map.of("activity_id", "A1", "status", "done", "comment", comment), 4, false));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_TEXT);
            assertThat(r.field()).isEqualTo("comment");
            assertThat(r.message()).contains(problem).doesNotContain("Öberg", "9804");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Åsa Öberg|the value (9 characters)", "8503129804|the value (10 characters)",
            "Victim|\"Victim\"", "offer nu|the value (8 characters)"})
    void aCodeFieldShowsANearMissOfACodeButMasksAnythingElse(String role, String shown) {
        ValidationResult result = validator(RecordKind.CASES, MappingProfile.none(), Messages.english())
                .validate(caseRow(4, Map.of("role", role)));

        assertThat(result).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.message())
                .startsWith("cases.csv, line 4, field role: " + shown + " is not one of the allowed codes"));
    }

    private static RowValidator validator(RecordKind kind, MappingProfile profile, Messages messages) {
        return new RowValidator(kind, H1, profile, new FakePersonIdCheck(H1.end()), kind.csvName(), messages);
    }

    /** A valid case row with some values replaced. */
    private static RawRecord caseRow(long line, Map<String, String> replaced) {
        Map<String, String> values = new HashMap<>();
        List<String> valid = List.of("C-1", "19850312-9804", "victim", "IFO vuxen", "2026-01-10", "", "K", "physical",
                "partner", "ja", "nej", "");
        for (int i = 0; i < CASE_FIELDS.size(); i++) {
            values.put(CASE_FIELDS.get(i), valid.get(i));
        }
        values.putAll(replaced);
        return new RawRecord(line, values, CASE_FIELDS.size(), false);
    }

    private static RawRecord headcount(long line, String unit, String count) {
        return new RawRecord(line, Map.of("department", "Soc", "unit", unit, "role", "employee", "headcount", count), 4, false);
    }

    private MappingProfile profile(String yaml) throws IOException {
        return MappingProfile.load(Files.writeString(Files.createTempFile(dir, "profil", ".yaml"), yaml));
    }
}
