package se.vinr.extract.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vinr.extract.person.InvalidPersonIdException.Reason;
import se.vinr.extract.person.PersonId.Form;

/**
 * Properties over many valid numbers: a fixed set of edge cases plus {@value #RANDOM_CASES} random ones
 * from a fixed seed, so a failure is reproducible and names its case.
 */
class PersonIdPropertiesTest {

    private static final int RANDOM_CASES = 500;
    private static final long SEED = 20_260_630L;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(PersonId.EARLIEST_YEAR, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(PersonId.LATEST_YEAR, 12, 31);
    private static final int OLDEST_AGE = 130;

    /** A valid number and a reference date on or after its birth, within the years the scheme allows. */
    record NumberAt(PersonId id, LocalDate reference) {
        @Override
        public String toString() {
            return id.normalised() + " at " + reference;
        }
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void everyFormReadsBackAsTheSameNumber(NumberAt number) throws InvalidPersonIdException {
        for (Form form : Form.values()) {
            PersonId back = PersonId.parse(number.id().format(form, number.reference()), number.reference());

            if (form == Form.TEN && number.id().ageAt(number.reference()) >= 100) {
                // The documented loss of the century-less form: the same digits, a person under 100.
                assertThat(back.format(Form.TEN)).isEqualTo(number.id().format(Form.TEN));
                assertThat(back.ageAt(number.reference())).isLessThan(100);
            } else {
                assertThat(back).as(form.name()).isEqualTo(number.id());
                assertThat(back.normalised()).isEqualTo(number.id().normalised());
                assertThat(back.birthDate()).isEqualTo(number.id().birthDate());
                assertThat(back.isCoordinationNumber()).isEqualTo(number.id().isCoordinationNumber());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void theCheckDigitCatchesEverySingleDigitSubstitution(NumberAt number) {
        String ten = number.id().format(Form.TEN);
        for (int position = 0; position < ten.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == ten.charAt(position)) {
                    continue;
                }
                String mistyped = ten.substring(0, position) + digit + ten.substring(position + 1);

                InvalidPersonIdException refusal = catchThrowableOfType(InvalidPersonIdException.class,
                        () -> PersonId.parse(mistyped, number.reference()));

                assertThat(refusal).as("position %d replaced by %s", position, digit).isNotNull();
                assertThat(refusal.reason()).isEqualTo(Reason.WRONG_CHECK_DIGIT);
            }
        }
    }

    static Stream<NumberAt> validNumbers() {
        return Stream.concat(edgeCases(), randomCases());
    }

    private static Stream<NumberAt> edgeCases() {
        LocalDate leapDay = LocalDate.of(1904, 2, 29);
        LocalDate centenarian = LocalDate.of(1926, 6, 30);
        return Stream.of(
                new NumberAt(PersonId.of(EARLIEST_BIRTH, 0, false), EARLIEST_BIRTH),
                new NumberAt(PersonId.of(EARLIEST_BIRTH, 999, true), EARLIEST_BIRTH.plusYears(OLDEST_AGE)),
                new NumberAt(PersonId.of(LATEST_DATE, 1, false), LATEST_DATE),
                new NumberAt(PersonId.of(LATEST_DATE, 998, true), LATEST_DATE),
                new NumberAt(PersonId.of(leapDay, 981, false), LocalDate.of(2004, 2, 28)),
                new NumberAt(PersonId.of(leapDay, 981, false), LocalDate.of(2004, 2, 29)),
                new NumberAt(PersonId.of(leapDay, 980, true), LocalDate.of(2005, 2, 28)),
                new NumberAt(PersonId.of(centenarian, 0, false), centenarian.plusYears(100).minusDays(1)),
                new NumberAt(PersonId.of(centenarian, 0, false), centenarian.plusYears(100)),
                new NumberAt(PersonId.of(LocalDate.of(1999, 12, 31), 239, true), LocalDate.of(2000, 1, 1)));
    }

    private static Stream<NumberAt> randomCases() {
        SplittableRandom random = new SplittableRandom(SEED);
        return Stream.generate(() -> {
            LocalDate birth = LocalDate.ofEpochDay(random.nextLong(EARLIEST_BIRTH.toEpochDay(), LATEST_DATE.toEpochDay() + 1));
            PersonId id = PersonId.of(birth, random.nextInt(1000), random.nextBoolean());
            LocalDate reference = birth.plusDays(random.nextLong(OLDEST_AGE * 366L));
            return new NumberAt(id, reference.isAfter(LATEST_DATE) ? LATEST_DATE : reference);
        }).limit(RANDOM_CASES);
    }
}
