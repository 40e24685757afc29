package se.vinr.extract.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the real person-id rules, enough to drive validation in tests: the contract's forms,
 * Luhn over the 10-digit form, a real date (day + 60 for a samordningsnummer), the century of a
 * 10-digit form from the reference date and {@code +}.
 */
final class FakePersonIdCheck implements PersonIdCheck {

    private static final Pattern TWELVE = Pattern.compile("(\\d{2})(\\d{6})-?(\\d{4})");
    private static final Pattern TEN = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");

    private final LocalDate reference;

    FakePersonIdCheck(LocalDate reference) {
        this.reference = reference;
    }

    @Override
    public CheckedPerson check(String raw) throws InvalidPersonId {
        String ten;
        int century;
        Matcher twelve = TWELVE.matcher(raw);
        Matcher short_ = TEN.matcher(raw);
        if (twelve.matches()) {
            century = Integer.parseInt(twelve.group(1));
            ten = twelve.group(2) + twelve.group(3);
        } else if (short_.matches()) {
            ten = short_.group(1) + short_.group(3);
            int yy = Integer.parseInt(ten.substring(0, 2));
            int year = reference.getYear() / 100 * 100 + yy;
            if (year > reference.getYear()) {
                year -= 100;
            }
            if ("+".equals(short_.group(2))) {
                year -= 100;
            }
            century = year / 100;
        } else {
            throw new InvalidPersonId(InvalidPersonId.Problem.FORMAT);
        }
        if (luhn(ten.substring(0, 9)) != ten.charAt(9) - '0') {
            throw new InvalidPersonId(InvalidPersonId.Problem.CHECK_DIGIT);
        }
        int day = Integer.parseInt(ten.substring(4, 6));
        LocalDate birth;
        try {
            birth = LocalDate.of(century * 100 + Integer.parseInt(ten.substring(0, 2)),
                    Integer.parseInt(ten.substring(2, 4)), day > 60 ? day - 60 : day);
        } catch (DateTimeException e) {
            throw new InvalidPersonId(InvalidPersonId.Problem.DATE);
        }
        String sex = (ten.charAt(8) - '0') % 2 == 1 ? "M" : "K";
        return new CheckedPerson(String.format("%02d", century) + ten, sex, birth);
    }

    private static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int v = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v / 10 + v % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
