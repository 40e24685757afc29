package se.vinr.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.CsvDialect;
import se.vinr.extract.csv.DialectDetector;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.profile.MappingProfile;

/** The shipped example profile reads the shipped sample export without a single reject. */
class SampleExportTest {

    private static final Path PROFILES = Path.of("..", "seeds", "profiles");
    private static final MappingProfile PROFILE = MappingProfile.load(PROFILES.resolve("exempel-profil.yaml"));

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void readsEveryFileOfTheSampleExportWithoutRejects(RecordKind kind) {
        Path file = PROFILES.resolve("exempel-export").resolve(PROFILE.fileName(kind));

        Extraction extraction = Extraction.run(file, kind, Period.parse("2026H1"), PROFILE, Messages.swedish());

        assertThat(extraction.dialect()).isEqualTo(new CsvDialect(DialectDetector.WINDOWS_1252, ';', false));
        assertThat(extraction.rejections()).extracting(Rejection::message).isEmpty();
        assertThat(extraction.ignoredColumns()).isEmpty();
        assertThat(extraction.counts().written()).isBetween(11L, 70L);
    }

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = {"CASES", "CONTACTS", "RISK_ASSESSMENTS", "INTERVENTIONS"})
    void usesOnlyNeverIssuedBirthNumber000(RecordKind kind) {
        Path file = PROFILES.resolve("exempel-export").resolve(PROFILE.fileName(kind));

        Extraction extraction = Extraction.run(file, kind, Period.parse("2026H1"), PROFILE, Messages.swedish());

        assertThat(extraction.validated()).allSatisfy(row -> assertThat(
                row.person().normalised().substring(8, 11)).isEqualTo("000"));
    }
}
