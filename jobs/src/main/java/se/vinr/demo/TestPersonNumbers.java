package se.vinr.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import se.vinr.extract.person.PersonId;

/**
 * Valid-looking personal identity numbers for synthetic data that can never be a real person's number.
 *
 * <h2>The scheme: birth number 000</h2>
 * Every number here has the birth number (födelsenummer, for a co-ordination number the individnummer)
 * {@code 000}: {@code YYYYMMDD-000C} for a personnummer, {@code YYYYMM(DD+60)-000C} for a
 * samordningsnummer, with the correct Luhn check digit {@code C}. They pass {@link PersonId#parse}, which
 * follows the contract (check digit and a real date), yet Skatteverket never issues them:
 * <ul>
 *   <li>Skatteverket, Rättslig vägledning, "Personnumrets olika delar" (article 330245, editions 2015.10
 *       and 2020.9): "Födelsenumret (tre siffror) är något av talen 001 till 999", i.e. 999 numbers per
 *       birth date, "499 för kvinnor och 500 för män";</li>
 *   <li>Skatteverket, Rättslig vägledning, "Samordningsnummer" (article 330251, edition 2016.5): the
 *       individnummer "hämtas slumpvis ur en serie 001-999 för alla som är födda samma dag".</li>
 * </ul>
 * So there is exactly one such personnummer and one such samordningsnummer per birth date, for every
 * date, and none of them belongs to anyone.
 *
 * <h2>Why not Skatteverket's test numbers, or a 980–999 range</h2>
 * Skatteverket publishes test personal identity numbers ("Testpersonnummer", open data on
 * dataportal.se / skatteverket.entryscape.net catalog 9, dataset 147) as a <em>list</em>, not as a
 * reserved range: the list holds, for instance, birth numbers 980–988 for births 1890–1910, 238 and 239
 * for births 1990–2019, and scattered numbers from 002 to 998 in the years between (as mirrored in the
 * test data of the ActiveLogin.Identity project). No serial range is reserved for tests; on the
 * contrary, before 1990 birth numbers beginning with 9 went to people registered after immigrating
 * (sv.wikipedia.org, "Personnummer i Sverige"), so numbers with 980–999 belong to real people.
 * Generating "test numbers" for an arbitrary birth date from such a range could name a real person as a
 * victim of violence in a demo file. The list itself covers only some birth dates (few after 2019, few
 * per year between 1911 and 1989), and the demo must run offline.
 *
 * <h2>The price: sex cannot be chosen</h2>
 * The last digit of the birth number gives the sex, and 0 is even, so every number of this scheme reads
 * as {@code K}. Synthetic data must therefore state each person's sex in the {@code sex} column of
 * {@code cases.csv} (the contract derives sex from the id only when that column is empty).
 *
 * <p>Instances hand out distinct numbers, deterministically for a given random generator (or seed) and
 * sequence of calls; they are not thread-safe.
 */
public final class TestPersonNumbers {

    /** The birth number of every number in the scheme. */
    public static final int BIRTH_NUMBER = 0;

    private final RandomGenerator random;
    private final Set<PersonId> handedOut = new HashSet<>();

    public TestPersonNumbers(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A generator whose sequence depends on nothing but {@code seed}. */
    public static TestPersonNumbers seeded(long seed) {
        return new TestPersonNumbers(new SplittableRandom(seed));
    }

    /** The scheme's personnummer for {@code birthDate} (birth year 1800–2099). */
    public static PersonId personnummer(LocalDate birthDate) {
        return PersonId.of(birthDate, BIRTH_NUMBER, false);
    }

    /** The scheme's samordningsnummer (day + 60) for {@code birthDate} (birth year 1800–2099). */
    public static PersonId samordningsnummer(LocalDate birthDate) {
        return PersonId.of(birthDate, BIRTH_NUMBER, true);
    }

    /** Whether {@code id} belongs to the scheme, i.e. has birth number 000 and so is nobody's number. */
    public static boolean isInTestScheme(PersonId id) {
        return id.normalised().startsWith("000", 8);
    }

    /** A personnummer not handed out before by this instance, born on a random day in the range. */
    public PersonId nextPersonnummer(LocalDate bornFrom, LocalDate bornTo) {
        return next(bornFrom, bornTo, false);
    }

    /** A samordningsnummer not handed out before by this instance, born on a random day in the range. */
    public PersonId nextSamordningsnummer(LocalDate bornFrom, LocalDate bornTo) {
        return next(bornFrom, bornTo, true);
    }

    private PersonId next(LocalDate bornFrom, LocalDate bornTo, boolean coordinationNumber) {
        if (bornTo.isBefore(bornFrom)) {
            throw new IllegalArgumentException("the birth range ends before it starts: " + bornFrom + " to " + bornTo);
        }
        long days = ChronoUnit.DAYS.between(bornFrom, bornTo) + 1;
        long start = random.nextLong(days);
        // One number per birth date: when the drawn date is taken, the next free date after it is used.
        for (long step = 0; step < days; step++) {
            LocalDate birthDate = bornFrom.plusDays((start + step) % days);
            PersonId id = PersonId.of(birthDate, BIRTH_NUMBER, coordinationNumber);
            if (handedOut.add(id)) {
                return id;
            }
        }
        throw new IllegalStateException("every test number born from " + bornFrom + " to " + bornTo
                + " has been handed out; widen the range");
    }
}
