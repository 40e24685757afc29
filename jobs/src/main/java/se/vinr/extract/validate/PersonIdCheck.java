package se.vinr.extract.validate;

/**
 * Checks one raw person id (personnummer or samordningsnummer in any usual form, docs/contract.md#2-input-files).
 * The real rules live in the person-id package and are bound in by the job; validation only needs this.
 * An implementation infers the century of a 10-digit form from the period's end date, which it is
 * given when it is made.
 */
@FunctionalInterface
public interface PersonIdCheck {

    /**
     * @param raw the trimmed, non-empty field value
     * @throws InvalidPersonId when the value is not a valid id; its message must not hold the value
     */
    CheckedPerson check(String raw) throws InvalidPersonId;
}
