package se.vinr.extract.person;

import static se.vinr.extract.person.InvalidPersonIdException.Reason.BIRTH_AFTER_REFERENCE;
import static se.vinr.extract.person.InvalidPersonIdException.Reason.INVALID_DATE;
import static se.vinr.extract.person.InvalidPersonIdException.Reason.WRONG_CHECK_DIGIT;
import static se.vinr.extract.person.InvalidPersonIdException.Reason.WRONG_FORMAT;
import static se.vinr.extract.person.InvalidPersonIdException.Reason.WRONG_LENGTH;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * A valid Swedish personal identity number (personnummer) or co-ordination number (samordningsnummer),
 * held in its normalised 12-digit form {@code YYYYMMDDNNNC}.
 *
 * <p>Validity (docs/contract.md#2-input-files, and Skatteverket's rules for the parts the contract leaves open):
 * <ul>
 *   <li>one of the forms {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code YYMMDD-NNNC},
 *       {@code YYMMDD+NNNC}, {@code YYMMDDNNNC}, surrounding white space ignored;</li>
 *   <li>the Luhn check digit {@code C} over the 10-digit form {@code YYMMDDNNN} matches;</li>
 *   <li>the date is real; a day of 61–91 marks a co-ordination number whose day is the written one
 *       minus 60. Co-ordination numbers with an unknown month or day (month 00, day 60), which Skatteverket
 *       issues since 2022, are refused: the contract needs a real date to derive the age;</li>
 *   <li>the birth year is 1800–2099: Skatteverket stores the century as 18, 19 or 20;</li>
 *   <li>a 12-digit form's birth date is not after the reference date.</li>
 * </ul>
 * The birth number {@code NNN} may be any of 000–999. Skatteverket never issues 000 (its numbers run
 * 001–999), which is exactly why the demo's test numbers use it (see {@code se.vinr.demo.TestPersonNumbers}).
 *
 * <p>The century of a 10-digit form is inferred from the reference date, which the extract sets to the
 * period's end: the birth date is the most recent real date with those digits that lies on or before the
 * reference date and at which the person is younger than 100 ({@code -} or no separator) or at least 100
 * ({@code +}) on the reference date.
 *
 * <p>Ages are completed years in {@code java.time}'s sense: a person born on 29 February turns a year
 * older on 1 March in common years.
 *
 * <p>{@link #toString()} never reveals the number; use {@link #normalised()} deliberately, and only inside
 * the extract step (docs/contract.md#3-pseudonymisation).
 */
public final class PersonId {

    /** The written forms of a number. */
    public enum Form {
        /** {@code YYYYMMDD-NNNC}. */
        TWELVE_DASH,
        /** {@code YYYYMMDDNNNC}, the normalised form. */
        TWELVE,
        /** {@code YYMMDD-NNNC}, or {@code YYMMDD+NNNC} when the person is 100 or older at the given date. */
        TEN_DASH_OR_PLUS,
        /**
         * {@code YYMMDDNNNC}. It loses the century: for a person aged 100 or more at the reference date it
         * reads back as someone born a hundred years later.
         */
        TEN
    }

    static final int EARLIEST_YEAR = 1800;
    static final int LATEST_YEAR = 2099;
    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final int CENTENARIAN = 100;

    private final String normalised;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;

    private PersonId(String normalised, LocalDate birthDate, boolean coordinationNumber) {
        this.normalised = normalised;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses any of the usual forms.
     *
     * @param referenceDate the date the century of 10-digit forms is inferred from: the period's end
     * @throws InvalidPersonIdException with the reason of the first check that fails (characters, number
     *         of digits, place of the separator, check digit, date, reference date); its message never
     *         contains the value
     */
    public static PersonId parse(String raw, LocalDate referenceDate) throws InvalidPersonIdException {
        Objects.requireNonNull(referenceDate, "referenceDate");
        String text = raw == null ? "" : raw.strip();
        int separatorAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                if ((c != '-' && c != '+') || separatorAt >= 0) {
                    throw invalid(WRONG_FORMAT, "the person id must consist of digits and at most one - or +", raw);
                }
                separatorAt = i;
            }
        }
        int digitCount = text.length() - (separatorAt < 0 ? 0 : 1);
        if (digitCount != 10 && digitCount != 12) {
            throw invalid(WRONG_LENGTH,
                    "the person id must have 10 or 12 digits: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN or YYMMDDNNNN",
                    raw);
        }
        char separator = separatorAt < 0 ? 0 : text.charAt(separatorAt);
        if (separatorAt >= 0 && separatorAt != digitCount - 4) {
            throw invalid(WRONG_FORMAT, "the person id's - or + must stand before the last four digits", raw);
        }
        if (separator == '+' && digitCount == 12) {
            throw invalid(WRONG_FORMAT, "a + belongs only in the 10-digit form YYMMDD+NNNN, for persons aged 100 or more", raw);
        }
        String digits = separatorAt < 0 ? text : text.substring(0, separatorAt) + text.substring(separatorAt + 1);
        int century = digitCount == 12 ? twoDigits(digits, 0) : -1;
        String ten = digitCount == 12 ? digits.substring(2) : digits;
        if (checkDigit(ten) != ten.charAt(9) - '0') {
            throw invalid(WRONG_CHECK_DIGIT, "the person id's check digit does not match, so a digit is probably mistyped", raw);
        }
        int month = twoDigits(ten, 2);
        int writtenDay = twoDigits(ten, 4);
        boolean coordination = writtenDay > COORDINATION_DAY_OFFSET;
        int day = coordination ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            throw invalid(INVALID_DATE, "the person id's birth date is not a real date", raw);
        }
        LocalDate birthDate;
        if (century >= 0) {
            int year = century * 100 + twoDigits(ten, 0);
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw invalid(INVALID_DATE, "the person id's century must be 18, 19 or 20", raw);
            }
            if (!isRealDate(year, month, day)) {
                throw invalid(INVALID_DATE, "the person id's birth date is not a real date", raw);
            }
            birthDate = LocalDate.of(year, month, day);
            if (birthDate.isAfter(referenceDate)) {
                throw invalid(BIRTH_AFTER_REFERENCE,
                        "the person id's birth date lies after the reference date (the period's end)", raw);
            }
        } else {
            birthDate = inferBirthDate(twoDigits(ten, 0), month, day, separator == '+', referenceDate);
            if (birthDate == null) {
                throw invalid(INVALID_DATE,
                        "the person id's birth date is not a real date in the century its form implies", raw);
            }
            if (birthDate.getYear() < EARLIEST_YEAR || birthDate.getYear() > LATEST_YEAR) {
                throw invalid(INVALID_DATE, "the person id's century must be 18, 19 or 20", raw);
            }
        }
        return new PersonId(century(birthDate.getYear()) + ten, birthDate, coordination);
    }

    /**
     * Builds the number for a birth date and birth number, computing the check digit.
     *
     * @param birthNumber the three digits {@code NNN}, 0–999; its last digit is even for K, odd for M
     * @param coordinationNumber whether to add 60 to the day (samordningsnummer)
     */
    public static PersonId of(LocalDate birthDate, int birthNumber, boolean coordinationNumber) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (birthNumber < 0 || birthNumber > 999) {
            throw new IllegalArgumentException("a birth number has three digits, 000-999: " + birthNumber);
        }
        int year = birthDate.getYear();
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("the birth year must be " + EARLIEST_YEAR + "-" + LATEST_YEAR + ": " + year);
        }
        int writtenDay = birthDate.getDayOfMonth() + (coordinationNumber ? COORDINATION_DAY_OFFSET : 0);
        String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", year % 100, birthDate.getMonthValue(), writtenDay, birthNumber);
        return new PersonId(century(year) + nine + checkDigit(nine), birthDate, coordinationNumber);
    }

    /** The 12 digits {@code YYYYMMDDNNNC}; for a co-ordination number the day keeps its +60. */
    public String normalised() {
        return normalised;
    }

    /** The real birth date (for a co-ordination number the written day minus 60). */
    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** {@code "K"} when the second-to-last digit is even, {@code "M"} when it is odd. */
    public String sex() {
        return (normalised.charAt(10) - '0') % 2 == 0 ? "K" : "M";
    }

    /**
     * Completed years at {@code date}.
     *
     * @throws IllegalArgumentException when {@code date} lies before the birth date
     */
    public int ageAt(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("the date lies before the person's birth date");
        }
        return (int) birthDate.until(date, ChronoUnit.YEARS);
    }

    /**
     * The number written in {@code form}.
     *
     * @throws IllegalArgumentException for {@link Form#TEN_DASH_OR_PLUS}, which needs a date: use
     *         {@link #format(Form, LocalDate)}
     */
    public String format(Form form) {
        if (form == Form.TEN_DASH_OR_PLUS) {
            throw new IllegalArgumentException("the form YYMMDD-NNNN/YYMMDD+NNNN depends on a date: use format(form, date)");
        }
        return format(form, null);
    }

    /**
     * The number written in {@code form}; {@code at} decides between {@code -} and {@code +} in
     * {@link Form#TEN_DASH_OR_PLUS} (use the reference date the text will be parsed with) and is ignored
     * by the other forms.
     */
    public String format(Form form, LocalDate at) {
        return switch (form) {
            case TWELVE -> normalised;
            case TWELVE_DASH -> normalised.substring(0, 8) + '-' + normalised.substring(8);
            case TEN -> normalised.substring(2);
            case TEN_DASH_OR_PLUS -> normalised.substring(2, 8)
                    + (ageAt(Objects.requireNonNull(at, "at")) >= CENTENARIAN ? '+' : '-')
                    + normalised.substring(8);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonId id && id.normalised.equals(normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    /** Never the number: {@code PersonId[masked]}, so that logging an id by mistake reveals nothing. */
    @Override
    public String toString() {
        return "PersonId[masked]";
    }

    private static LocalDate inferBirthDate(int twoDigitYear, int month, int day, boolean hundredOrOlder,
                                            LocalDate reference) {
        int latest = reference.getYear() - Math.floorMod(reference.getYear() - twoDigitYear, 100);
        for (int year = latest; year >= latest - 2 * 100; year -= 100) {
            if (!isRealDate(year, month, day)) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            if (!candidate.isAfter(reference)
                    && hundredOrOlder == (candidate.until(reference, ChronoUnit.YEARS) >= CENTENARIAN)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isRealDate(int year, int month, int day) {
        return day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The Luhn digit over the first nine digits (weights 2,1,2,…; digits of products summed). */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    private static String century(int year) {
        return Integer.toString(year / 100);
    }

    /** The two ASCII digits at {@code index} as a number. */
    private static int twoDigits(String digits, int index) {
        return (digits.charAt(index) - '0') * 10 + (digits.charAt(index + 1) - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidPersonIdException invalid(InvalidPersonIdException.Reason reason, String what, String raw) {
        return new InvalidPersonIdException(reason, what + " " + IdMask.mask(raw));
    }
}
