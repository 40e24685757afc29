package se.vinr.extract;

/** How an input field is read, validated and written. */
public enum FieldType {
    /** An identifier other than a person's: replaced by a keyed pseudonym. */
    ID,
    /** A personnummer or samordningsnummer: validated, pseudonymised; sex and age are derived from it. */
    PERSON_ID,
    /**
     * A name kept as it is (unit and department names, activity ids): it may become a label in a
     * published table, so a personal number, a control character or over-long text is rejected.
     */
    TEXT,
    /**
     * Free text (plan comments): dropped in the extract unless the profile keeps comments, and then
     * checked like a name and for name-like words as well.
     */
    FREE_TEXT,
    /** One value from a code list. */
    CODE,
    /** Several values from a code list, separated by {@code |}. */
    CODE_LIST,
    DATE,
    BOOLEAN,
    INTEGER,
    NUMBER
}
