package se.vinr.extract.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.DialectSettings;
import se.vinr.extract.csv.Messages;

class MappingProfileTest {

    static final Path EXAMPLE = Path.of("..", "seeds", "profiles", "exempel-profil.yaml");

    @TempDir
    Path dir;

    @Test
    void readsTheShippedExampleProfile() {
        MappingProfile profile = MappingProfile.load(EXAMPLE);

        assertThat(profile.source()).contains(EXAMPLE);
        assertThat(profile.dialect())
                .isEqualTo(new DialectSettings(Optional.of(DialectDetector.WINDOWS_1252), Optional.of(';')));
        assertThat(profile.listSeparator()).isEqualTo(",");
        assertThat(profile.fileName(RecordKind.CASES)).isEqualTo("Ärenden.csv");
        assertThat(profile.headerRenames(RecordKind.CASES))
                .containsEntry("personnummer", "person_id")
                .containsEntry("öppnat", "opened")
                .doesNotContainKey("kontaktdatum");
        assertThat(profile.codes(RecordKind.CASES).map("role", "våldsutsatt")).isEqualTo("victim");
        assertThat(profile.codes(RecordKind.CASES).map("disability", "Vet ej")).isEmpty();
        assertThat(profile.codes(RecordKind.RISK_ASSESSMENTS).map("method", "SARA:SV")).isEqualTo("SARA_SV");
        assertThat(profile.databaseQueries()).isEmpty();
    }

    @Test
    void withoutAProfileEverythingIsTheContracts() {
        MappingProfile none = MappingProfile.none();

        assertThat(none.source()).isEmpty();
        assertThat(none.dialect()).isEqualTo(DialectSettings.auto());
        assertThat(none.fileName(RecordKind.PLAN_STATUS)).isEqualTo("plan_status.csv");
        assertThat(none.headerRenames(RecordKind.CASES)).isEmpty();
        assertThat(none.codes(RecordKind.CASES).map("role", "Våldsutsatt")).isEqualTo("Våldsutsatt");
        assertThat(none.listSeparator()).isEqualTo("|");
        assertThat(LocalDate.parse("2026-06-30", none.dateFormatter())).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anEmptyProfileChangesNothing() throws IOException {
        MappingProfile empty = MappingProfile.load(write("# bara en kommentar\n"));
        assertThat(empty.dialect()).isEqualTo(DialectSettings.auto());
        assertThat(empty.datePattern()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void aFileSectionOverridesTheGlobalOnes() throws IOException {
        MappingProfile profile = MappingProfile.load(write("""
                headers:
                  ID: case_id
                codes:
                  role: {Anställd: employee, Utsatt: victim}
                files:
                  training:
                    headers: {ID: employee_id}
                    codes:
                      role: {Utsatt: elected}
                """));

        assertThat(profile.headerRenames(RecordKind.CASES)).containsEntry("id", "case_id");
        assertThat(profile.headerRenames(RecordKind.TRAINING)).containsEntry("id", "employee_id");
        assertThat(profile.codes(RecordKind.TRAINING).map("role", "utsatt")).isEqualTo("elected");
        assertThat(profile.codes(RecordKind.TRAINING).map("role", "Anställd")).isEqualTo("employee");
        assertThat(profile.codes(RecordKind.CASES).map("role", "Utsatt")).isEqualTo("victim");
        assertThat(profile.fileName(RecordKind.TRAINING)).isEqualTo("training.csv");
    }

    @Test
    void keepsOneDatabaseQueryPerFile() throws IOException {
        MappingProfile profile = MappingProfile.load(write("""
                database:
                  url: jdbc:postgresql://localhost:5432/rapport
                  user: vinr_las
                  password_env: ARENDE_DB_LOSENORD
                  queries:
                    cases: |
                      SELECT a AS case_id
                      FROM arenden
                    headcount: SELECT 1
                """));

        assertThat(profile.databaseQuery(RecordKind.CASES)).contains("SELECT a AS case_id\nFROM arenden");
        assertThat(profile.databaseQuery(RecordKind.HEADCOUNT)).contains("SELECT 1");
        assertThat(profile.databaseQuery(RecordKind.CONTACTS)).isEmpty();
        assertThat(profile.database()).contains(new MappingProfile.DatabaseConnection(
                "jdbc:postgresql://localhost:5432/rapport", "vinr_las", "ARENDE_DB_LOSENORD"));
    }

    @Test
    void refusesDatabaseQueriesWithoutTheDatabasesAddress() throws IOException {
        Path file = write("""
                database:
                  queries:
                    cases: SELECT 1
                """);

        assertThatThrownBy(() -> MappingProfile.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("database.url");
    }

    @Test
    void readsDatesStrictlyInItsPattern() throws IOException {
        MappingProfile profile = MappingProfile.load(write("date_pattern: dd.MM.yyyy\n"));

        assertThat(LocalDate.parse("28.02.2026", profile.dateFormatter())).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> LocalDate.parse("30.02.2026", profile.dateFormatter()))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void readsCompactDatesAndDatesWithATimeOfDay() throws IOException {
        MappingProfile compact = MappingProfile.load(write("date_pattern: yyyyMMdd\n"));
        MappingProfile withTime = MappingProfile.load(write("date_pattern: yyyy-MM-dd HH:mm:ss\n"));

        assertThat(LocalDate.parse("20260315", compact.dateFormatter())).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(LocalDate.parse("2026-03-15 14:30:00", withTime.dateFormatter())).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void refusesAnUnknownKeyNamingItAndWhatIsAllowed() throws IOException {
        Path file = write("encodng: utf-8\n");
        assertThatThrownBy(() -> MappingProfile.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("Profilen " + file + ", encodng: okänd nyckel \"encodng\"")
                .hasMessageContaining("encoding, delimiter, date_pattern");
    }

    @Test
    void refusesAnUnknownFileKey() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("files:\n  arenden: Ärenden.csv\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("files: \"arenden\" är ingen av filerna")
                .hasMessageContaining("cases, contacts, risk_assessments");
    }

    @Test
    void refusesAnUnknownTargetFieldAnywhere() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("headers:\n  Personnummer: personnummer\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("headers: \"personnummer\" är inget fält i någon av filerna");
    }

    @Test
    void refusesATargetFieldOfAnotherFile() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("files:\n  headcount:\n    headers: {Datum: opened}\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("files.headcount.headers: \"opened\" är inget fält i headcount.csv")
                .hasMessageContaining("department, unit, role, headcount");
    }

    @Test
    void refusesABadDatePattern() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("date_pattern: yyyy-MM\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("date_pattern \"yyyy-MM\" är inget användbart datummönster");
        assertThatThrownBy(() -> MappingProfile.load(write("date_pattern: yyyy-MM-DD\n")))
                .isInstanceOf(ProfileException.class);
        assertThatThrownBy(() -> MappingProfile.load(write("date_pattern: YYYY-MM-dd\n")))
                .isInstanceOf(ProfileException.class);
        assertThatThrownBy(() -> MappingProfile.load(write("date_pattern: yyyy-MM-dd bb\n")))
                .isInstanceOf(ProfileException.class);
    }

    @Test
    void refusesAnEncodingOrDelimiterItCannotRead() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("encoding: latin-9\n")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("encoding \"latin-9\" stöds inte");
        assertThatThrownBy(() -> MappingProfile.load(write("delimiter: \"|\"\n")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("delimiter \"|\" stöds inte");
    }

    @Test
    void refusesATranslationToACodeOutsideTheList() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("codes:\n  role:\n    Våldsutsatt: victm\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("codes.role: \"victm\" är ingen kod för fältet role")
                .hasMessageContaining("victim, child_victim, child_witness, perpetrator, employee, manager, elected");
    }

    @Test
    void refusesCodesForAFieldWithoutCodes() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("codes:\n  unit:\n    IFO: Vuxen\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("fältet unit har inga koder");
    }

    @Test
    void acceptsYesNoWordsAsBooleanTranslations() throws IOException {
        MappingProfile profile = MappingProfile.load(write("codes:\n  asked:\n    Tillfrågad: ja\n    Y: true\n"));
        assertThat(profile.codes(RecordKind.CONTACTS).map("asked", "tillfrågad")).isEqualTo("ja");
    }

    @Test
    void refusesTwoTranslationsOfTheSameValue() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("codes:\n  sex:\n    Kvinna: K\n    KVINNA: M\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("\"Kvinna\" och \"KVINNA\"");
        assertThatThrownBy(() -> MappingProfile.load(write("codes:\n  sex:\n    Kvinna: K\n    Kvinna: M\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("inte giltig YAML nära rad 4");
    }

    @Test
    void pointsToTheLineOfBrokenYaml() throws IOException {
        assertThatThrownBy(() -> MappingProfile.load(write("headers:\n  Personnummer: person_id\n bad: [\n")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("inte giltig YAML nära rad");
    }

    @Test
    void saysSoWhenTheProfileDoesNotExist() {
        Path missing = dir.resolve("saknas.yaml");
        assertThatThrownBy(() -> MappingProfile.load(missing))
                .isInstanceOf(ProfileException.class)
                .hasMessage("Profilen " + missing + " finns inte. Kontrollera sökvägen som angavs med --profile.");
    }

    @Test
    void speaksEnglishOnRequest() throws IOException {
        Path file = write("files:\n  cases:\n    headers: {Kön: gender}\n");
        assertThatThrownBy(() -> MappingProfile.load(file, Messages.english()))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("The profile " + file + ", files.cases.headers: \"gender\" is not a field of cases.csv");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "profil", ".yaml"), yaml, StandardCharsets.UTF_8);
    }
}
