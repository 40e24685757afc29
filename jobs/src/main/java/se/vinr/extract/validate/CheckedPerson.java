package se.vinr.extract.validate;

import java.time.LocalDate;

/**
 * What a valid person id yields: the normalised 12-digit form (what is pseudonymised and compared for
 * duplicates), the legal sex ({@code K} or {@code M}) and the birth date. {@link #toString()} hides the id.
 */
public record CheckedPerson(String normalised, String sex, LocalDate birthDate) {

    public CheckedPerson {
        if (normalised == null || !normalised.matches("\\d{12}")) {
            throw new IllegalArgumentException("a normalised person id has 12 digits");
        }
    }

    @Override
    public String toString() {
        return "CheckedPerson[normalised=************, sex=" + sex + "]";
    }
}
