package se.vinr.extract.job;

import java.time.LocalDate;
import java.time.Period;

import se.vinr.extract.FieldSpec;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;
import se.vinr.extract.RecordKind;
import se.vinr.extract.person.AgeBand;
import se.vinr.extract.person.InvalidPersonIdException;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.pseudonym.Pseudonymiser;
import se.vinr.extract.validate.CheckedPerson;
import se.vinr.extract.validate.Validated;

/**
 * Turns a validated row into its Parquet row: identifiers replaced by keyed pseudonyms, sex and age
 * (with age band) at the event derived from the person id, and the birth date and id itself dropped.
 */
final class RowPseudonymiser {

    private final RecordKind kind;
    private final OutputSchema schema;
    private final Pseudonymiser pseudonymiser;

    RowPseudonymiser(RecordKind kind, Pseudonymiser pseudonymiser) {
        this.kind = kind;
        this.schema = OutputSchema.of(kind);
        this.pseudonymiser = pseudonymiser;
    }

    PseudonymisedRow apply(Validated row) {
        Object[] values = new Object[schema.columns().size()];
        int column = 0;
        CheckedPerson person = row.person();
        for (FieldSpec field : kind.fields()) {
            Object value = row.value(field.name());
            values[column++] = switch (field.type()) {
                case ID -> value == null ? null : pseudonymiser.pseudonymise(field.idKind(), value.toString());
                case PERSON_ID -> pseudonymiser.pseudonymise(personId(person));
                default -> value;
            };
        }
        if (person != null) {
            int sex = schema.indexOf("sex");
            if (values[sex] == null) {
                values[sex] = person.sex();
            }
            if (kind.eventDate().isPresent()) {
                LocalDate event = (LocalDate) row.value(kind.eventDate().get());
                int age = Period.between(person.birthDate(), event).getYears();
                values[schema.indexOf("age")] = age;
                values[schema.indexOf("age_band")] = AgeBand.of(age).label();
            }
        }
        values[schema.indexOf("source_line")] = row.record().line();
        return new PseudonymisedRow(values);
    }

    /** The validator already checked the id; its 12-digit form parses again without a century guess. */
    private static PersonId personId(CheckedPerson person) {
        try {
            return PersonId.parse(person.normalised(), person.birthDate());
        } catch (InvalidPersonIdException e) {
            throw new IllegalStateException("a validated person id no longer parses", e);
        }
    }
}
