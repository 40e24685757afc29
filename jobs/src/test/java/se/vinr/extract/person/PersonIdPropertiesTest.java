package se.vinr.extract.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.vinr.extract.person.InvalidPersonIdException.Reason;
import se.vinr.extract.person.PersonId.Form;

/**
 * Properties over many valid numbers: a fixed set of edge cases plus {@value #RANDOM_CASES} random ones
 * from a fixed seed, so a failure is reproducible; every failing case is listed.
 */
class PersonIdPropertiesTest {

    private static final int RANDOM_CASES = 2_000;
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

    @Test
    void everyFormReadsBackAsTheSameNumber() {
        List<String> failures = new ArrayList<>();
        validNumbers().forEach(number -> {
            for (Form form : Form.values()) {
                String written = number.id().format(form, number.reference());
                try {
                    PersonId read = PersonId.parse(written, number.reference());
                    if (!readsBack(number, form, read)) {
                        failures.add(number + " written " + written + " read as " + read.normalised());
                    }
                } catch (InvalidPersonIdException e) {
                    failures.add(number + " written " + written + " refused: " + e.reason());
                }
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckDigitCatchesEverySingleDigitSubstitution() {
        List<String> failures = new ArrayList<>();
        validNumbers().forEach(number -> {
            String ten = number.id().format(Form.TEN);
            for (int position = 0; position < ten.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != ten.charAt(position)) {
                        String mistyped = ten.substring(0, position) + digit + ten.substring(position + 1);
                        Reason reason = reasonFor(mistyped, number.reference());
                        if (reason != Reason.WRONG_CHECK_DIGIT) {
                            failures.add(number + " mistyped as " + mistyped + ": " + reason);
                        }
                    }
                }
            }
        });

        assertThat(failures).isEmpty();
    }

    /**
     * The same number, except that the century-less {@link Form#TEN} of a person aged 100 or more reads as
     * someone under 100 with the same ten digits (the documented loss of that form).
     */
    private static boolean readsBack(NumberAt number, Form form, PersonId read) {
        if (form == Form.TEN && number.id().ageAt(number.reference()) >= 100) {
            return read.format(Form.TEN).equals(number.id().format(Form.TEN)) && read.ageAt(number.reference()) < 100;
        }
        return read.equals(number.id())
                && read.normalised().equals(number.id().normalised())
                && read.birthDate().equals(number.id().birthDate())
                && read.isCoordinationNumber() == number.id().isCoordinationNumber();
    }

    private static Reason reasonFor(String written, LocalDate reference) {
        try {
            PersonId.parse(written, reference);
            return null;
        } catch (InvalidPersonIdException e) {
            return e.reason();
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
