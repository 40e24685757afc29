package se.vinr.extract.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.extract.person.InvalidPersonIdException.Reason;
import se.vinr.extract.person.PersonId.Form;

/**
 * Numbers used here are never real people's: either from Skatteverket's published test personal identity
 * numbers (e.g. 19900830-2391, 19040229-9812, samordningsnummer 19160161-2383) or with birth number 000,
 * which Skatteverket never issues.
 */
class PersonIdTest {

    /** The end of 2026H1, as the extract passes it. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest
    @ValueSource(strings = {"19900830-2391", "199008302391", "900830-2391", "9008302391", "  900830-2391\t"})
    void acceptsEveryUsualForm(String written) throws InvalidPersonIdException {
        PersonId id = PersonId.parse(written, REFERENCE);

        assertThat(id.normalised()).isEqualTo("199008302391");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 8, 30));
        assertThat(id.isCoordinationNumber()).isFalse();
    }

    @Test
    void readsAPlusAsAHundredOrOlder() throws InvalidPersonIdException {
        assertThat(PersonId.parse("040229+9812", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1904, 2, 29));
        assertThat(PersonId.parse("040229-9812", REFERENCE).birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @Test
    void infersTheCenturyAtTheHundredYearBoundary() throws InvalidPersonIdException {
        // 30 June 1926: exactly 100 on the reference date; 1 July 1926: 99 for one more day.
        assertThat(PersonId.parse("260630+0008", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1926, 6, 30));
        assertThat(PersonId.parse("260701-0002", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1926, 7, 1));
        assertThat(PersonId.parse("2607010002", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1926, 7, 1));
        assertThat(PersonId.parse("260701+0002", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1826, 7, 1));
    }

    @Test
    void aBirthOnTheReferenceDateBelongsToThisCentury() throws InvalidPersonIdException {
        assertThat(PersonId.parse("260630-0008", REFERENCE).birthDate()).isEqualTo(REFERENCE);
        assertThat(PersonId.parse("20260630-0008", REFERENCE).birthDate()).isEqualTo(REFERENCE);
    }

    @Test
    void infersTheCenturyFromTheReferenceDateNotFromToday() throws InvalidPersonIdException {
        LocalDate endOf2026H2 = LocalDate.of(2026, 12, 31);
        LocalDate endOf1999H2 = LocalDate.of(1999, 12, 31);

        assertThat(PersonId.parse("260701-0002", endOf2026H2).birthDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PersonId.parse("0002290005", REFERENCE).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(reasonFor("0002290005", endOf1999H2)).isEqualTo(Reason.INVALID_DATE);
    }

    @Test
    void refusesALeapDayThatTheInferredCenturyLacks() {
        // 29 February 1900 and 1800 never existed, so no centenarian can have been born on 00-02-29.
        assertThat(reasonFor("000229+0005", REFERENCE)).isEqualTo(Reason.INVALID_DATE);
    }

    @Test
    void readsACoordinationNumberAsItsRealBirthDate() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("160161+2383", REFERENCE);

        assertThat(id.isCoordinationNumber()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1916, 1, 1));
        assertThat(id.normalised()).isEqualTo("191601612383");
        assertThat(PersonId.parse("19320791-2381", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1932, 7, 31));
        assertThat(PersonId.parse("192902642392", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1929, 2, 4));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19900230-0003, 30 February",
            "900192-0009, day 92 (32 + 60)",
            "901301-0005, month 13",
            "900001-0000, month 00",
            "900100-0000, day 00",
            "900160-0007, day 60 (samordningsnummer with unknown day)",
            "19010229-0004, 29 February in a common year",
            "17900101-0009, century 17",
    })
    void refusesAnImpossibleDate(String written, String what) {
        assertThat(reasonFor(written, REFERENCE)).isEqualTo(Reason.INVALID_DATE);
    }

    @Test
    void refusesATwelveDigitBirthAfterTheReferenceDate() {
        assertThat(reasonFor("20260701-0002", REFERENCE)).isEqualTo(Reason.BIRTH_AFTER_REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"199008302392", "900830-2390", "190402299813"})
    void refusesAnIdWithAWrongCheckDigit(String written) {
        assertThat(reasonFor(written, REFERENCE)).isEqualTo(Reason.WRONG_CHECK_DIGIT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345", "900830-239", "19900830-23911", "1990083023910"})
    void refusesAnIdOfTheWrongLength(String written) {
        assertThat(reasonFor(written, REFERENCE)).isEqualTo(Reason.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19900830+2391", "900830/2391", "900830 2391", "9008302a91", "19900830 2391", "x9900830-2391",
            "９００８３０２３９１"})
    void refusesAnIdWithForeignCharacters(String written) {
        assertThat(reasonFor(written, REFERENCE)).isEqualTo(Reason.WRONG_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"199008302392", "19900230-0003", "20260701-0002", "900830/2391", "19900830-23911",
            "19900830+2391", "000229+0005"})
    void neverPutsTheIdInTheMessage(String written) {
        InvalidPersonIdException e = catchThrowableOfType(InvalidPersonIdException.class,
                () -> PersonId.parse(written, REFERENCE));

        assertThat(e.getMessage())
                .doesNotContainPattern("\\d{4}")
                .contains("(masked value, " + written.length() + " characters)");
    }

    @Test
    void readsSexFromTheSecondToLastDigit() throws InvalidPersonIdException {
        assertThat(PersonId.parse("199008302391", REFERENCE).sex()).isEqualTo("M");
        assertThat(PersonId.parse("199008302383", REFERENCE).sex()).isEqualTo("K");
        assertThat(PersonId.parse("192601902394", REFERENCE).sex()).isEqualTo("M");
    }

    @Test
    void countsCompletedYears() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("199008302391", REFERENCE);

        assertThat(id.ageAt(LocalDate.of(1990, 8, 30))).isZero();
        assertThat(id.ageAt(LocalDate.of(2026, 8, 29))).isEqualTo(35);
        assertThat(id.ageAt(LocalDate.of(2026, 8, 30))).isEqualTo(36);
    }

    @Test
    void letsALeapDayChildAgeOnTheFirstOfMarchInCommonYears() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("190402299812", REFERENCE);

        assertThat(id.ageAt(LocalDate.of(2005, 2, 28))).isEqualTo(100);
        assertThat(id.ageAt(LocalDate.of(2005, 3, 1))).isEqualTo(101);
    }

    @Test
    void refusesAnAgeBeforeBirth() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("199008302391", REFERENCE);

        assertThatThrownBy(() -> id.ageAt(LocalDate.of(1990, 8, 29))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesEveryForm() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("199008302391", REFERENCE);

        assertThat(id.format(Form.TWELVE_DASH)).isEqualTo("19900830-2391");
        assertThat(id.format(Form.TWELVE)).isEqualTo("199008302391");
        assertThat(id.format(Form.TEN_DASH_OR_PLUS, REFERENCE)).isEqualTo("900830-2391");
        assertThat(id.format(Form.TEN)).isEqualTo("9008302391");
    }

    @Test
    void writesAPlusFromTheHundredthBirthday() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("19260630-0008", REFERENCE);

        assertThat(id.format(Form.TEN_DASH_OR_PLUS, REFERENCE.minusDays(1))).isEqualTo("260630-0008");
        assertThat(id.format(Form.TEN_DASH_OR_PLUS, REFERENCE)).isEqualTo("260630+0008");
    }

    @Test
    void needsADateForTheTenDigitFormWithSeparator() throws InvalidPersonIdException {
        PersonId id = PersonId.parse("199008302391", REFERENCE);

        assertThatThrownBy(() -> id.format(Form.TEN_DASH_OR_PLUS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsAnIdFromItsPartsWithTheCheckDigit() {
        assertThat(PersonId.of(LocalDate.of(1990, 8, 30), 239, false).normalised()).isEqualTo("199008302391");
        assertThat(PersonId.of(LocalDate.of(1916, 1, 1), 238, true).normalised()).isEqualTo("191601612383");
        assertThat(PersonId.of(LocalDate.of(1904, 2, 29), 981, false).normalised()).isEqualTo("190402299812");
    }

    @Test
    void refusesPartsOutsideTheNumberingScheme() {
        assertThatThrownBy(() -> PersonId.of(LocalDate.of(1990, 8, 30), 1000, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of(LocalDate.of(1799, 12, 31), 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isTheSameIdWhateverForm() throws InvalidPersonIdException {
        assertThat(PersonId.parse("900830-2391", REFERENCE))
                .isEqualTo(PersonId.parse("19900830-2391", REFERENCE))
                .hasSameHashCodeAs(PersonId.parse("9008302391", REFERENCE))
                .isNotEqualTo(PersonId.parse("199008302383", REFERENCE));
    }

    @Test
    void neverShowsTheNumberInToString() throws InvalidPersonIdException {
        assertThat(PersonId.parse("199008302391", REFERENCE)).hasToString("PersonId[masked]");
    }

    private static Reason reasonFor(String written, LocalDate reference) {
        InvalidPersonIdException e = catchThrowableOfType(InvalidPersonIdException.class,
                () -> PersonId.parse(written, reference));
        assertThat(e).as("refused").isNotNull();
        return e.reason();
    }
}
