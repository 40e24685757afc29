package se.vinr.extract;

/** How an input field is read, validated and written. */
public enum FieldType {
    /** An identifier other than a person's: replaced by a keyed pseudonym. */
    ID,
    /** A personnummer or samordningsnummer: validated, pseudonymised; sex and age are derived from it. */
    PERSON_ID,
    /** Free text kept as it is (unit and department names, plan comments). */
    TEXT,
    /** One value from a code list. */
    CODE,
    /** Several values from a code list, separated by {@code |}. */
    CODE_LIST,
    DATE,
    BOOLEAN,
    INTEGER,
    NUMBER
}
