package se.vinr.extract.job;

import java.time.LocalDate;

import se.vinr.extract.person.InvalidPersonIdException;
import se.vinr.extract.person.PersonId;
import se.vinr.extract.validate.CheckedPerson;
import se.vinr.extract.validate.InvalidPersonId;
import se.vinr.extract.validate.PersonIdCheck;

/** The validator's person-id check, done by {@link PersonId} with the period's end as reference date. */
final class PersonIdChecker implements PersonIdCheck {

    private final LocalDate reference;

    PersonIdChecker(LocalDate reference) {
        this.reference = reference;
    }

    @Override
    public CheckedPerson check(String raw) throws InvalidPersonId {
        try {
            PersonId id = PersonId.parse(raw, reference);
            return new CheckedPerson(id.normalised(), id.sex(), id.birthDate());
        } catch (InvalidPersonIdException e) {
            throw new InvalidPersonId(switch (e.reason()) {
                case WRONG_CHECK_DIGIT -> InvalidPersonId.Problem.CHECK_DIGIT;
                case INVALID_DATE, BIRTH_AFTER_REFERENCE -> InvalidPersonId.Problem.DATE;
                case WRONG_FORMAT, WRONG_LENGTH -> InvalidPersonId.Problem.FORMAT;
            });
        }
    }
}
