package se.vinr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vinr.extract.person.InvalidPersonIdException;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.person.PersonId.Form;

class TestPersonNumbersTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);
    private static final LocalDate OLDEST = LocalDate.of(1920, 1, 1);

    @Test
    void givesEachBirthDateOnePersonnummerWithBirthNumber000() {
        PersonId id = TestPersonNumbers.personnummer(LocalDate.of(1990, 8, 30));

        assertThat(id.format(Form.TWELVE_DASH)).isEqualTo("19900830-0007");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 8, 30));
        assertThat(id.isCoordinationNumber()).isFalse();
    }

    @Test
    void givesEachBirthDateOneSamordningsnummerWithTheDayPlusSixty() {
        PersonId id = TestPersonNumbers.samordningsnummer(LocalDate.of(1916, 1, 1));

        assertThat(id.format(Form.TWELVE_DASH)).isEqualTo("19160161-0007");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1916, 1, 1));
        assertThat(id.isCoordinationNumber()).isTrue();
    }

    @Test
    void recognisesOnlyBirthNumber000AsTheScheme() throws InvalidPersonIdException {
        assertThat(TestPersonNumbers.isInTestScheme(PersonId.parse("19900830-0007", REFERENCE))).isTrue();
        assertThat(TestPersonNumbers.isInTestScheme(PersonId.parse("19160161-0007", REFERENCE))).isTrue();
        // Skatteverket's published test number for the same date has birth number 239.
        assertThat(TestPersonNumbers.isInTestScheme(PersonId.parse("19900830-2391", REFERENCE))).isFalse();
        assertThat(TestPersonNumbers.isInTestScheme(PersonId.parse("19900830-0015", REFERENCE))).isFalse();
    }

    @Test
    void readsEveryNumberAsK() {
        assertThat(TestPersonNumbers.personnummer(LocalDate.of(1990, 8, 30)).sex()).isEqualTo("K");
        assertThat(TestPersonNumbers.samordningsnummer(LocalDate.of(1990, 8, 30)).sex()).isEqualTo("K");
    }

    @Test
    void repeatsItsSequenceForTheSameSeed() {
        assertThat(draw(TestPersonNumbers.seeded(7), 50)).isEqualTo(draw(TestPersonNumbers.seeded(7), 50));
        assertThat(draw(TestPersonNumbers.seeded(7), 50)).isNotEqualTo(draw(TestPersonNumbers.seeded(8), 50));
    }

    @Test
    void handsOutEachNumberOnceUntilTheRangeIsUsedUp() {
        TestPersonNumbers numbers = TestPersonNumbers.seeded(1);
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = from.plusDays(2);

        Set<PersonId> ids = new HashSet<>(List.of(
                numbers.nextPersonnummer(from, to), numbers.nextPersonnummer(from, to), numbers.nextPersonnummer(from, to)));

        assertThat(ids).extracting(PersonId::birthDate).containsExactlyInAnyOrder(from, from.plusDays(1), to);
        assertThat(numbers.nextSamordningsnummer(from, to).isCoordinationNumber()).isTrue();
        assertThatThrownBy(() -> numbers.nextPersonnummer(from, to)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatesOnlyValidDistinctNumbersInsideTheScheme(long seed) throws InvalidPersonIdException {
        TestPersonNumbers numbers = TestPersonNumbers.seeded(seed);
        Set<PersonId> seen = new HashSet<>();

        for (int i = 0; i < 100; i++) {
            PersonId id = i % 5 == 0 ? numbers.nextSamordningsnummer(OLDEST, REFERENCE) : numbers.nextPersonnummer(OLDEST, REFERENCE);

            assertThat(TestPersonNumbers.isInTestScheme(id)).isTrue();
            assertThat(id.birthDate()).isBetween(OLDEST, REFERENCE);
            assertThat(PersonId.parse(id.format(Form.TEN_DASH_OR_PLUS, REFERENCE), REFERENCE)).isEqualTo(id);
            assertThat(PersonId.parse(id.format(Form.TWELVE_DASH), REFERENCE)).isEqualTo(id);
            assertThat(seen.add(id)).as("distinct").isTrue();
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    private static List<String> draw(TestPersonNumbers numbers, int count) {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(numbers.nextPersonnummer(OLDEST, REFERENCE).normalised());
        }
        return drawn;
    }
}
