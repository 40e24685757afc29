package se.vinr.extract.validate;

import java.util.Map;
import se.vinr.extract.csv.RawRecord;

/**
 * A row that passed every check, with its typed values by contract field name, in field order; an
 * empty optional field is present with a null value. Types: {@code DATE} → LocalDate, {@code BOOLEAN}
 * → Boolean, {@code INTEGER} → Long, {@code NUMBER} → Double, {@code CODE} → String, {@code CODE_LIST}
 * → String of the codes sorted and joined by {@code |}, {@code TEXT} and {@code ID} → trimmed String,
 * {@code PERSON_ID} → the normalised 12-digit String. It still holds identifiers, so it must be
 * pseudonymised before it leaves the extract step; {@link #toString()} shows no values.
 *
 * @param person what the row's person id yields, or null for a file without one
 */
public record Validated(RawRecord record, Map<String, Object> values, CheckedPerson person)
        implements ValidationResult {

    public Object value(String field) {
        return values.get(field);
    }

    @Override
    public String toString() {
        return "Validated[line=" + record.line() + "]";
    }
}
