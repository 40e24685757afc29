package se.vinr.extract.pseudonym;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of identifier that are pseudonymised (docs/contract.md#3-pseudonymisation). Each has its own domain prefix in
 * the HMAC input, so the same text as a case id and as a contact id gives unrelated pseudonyms.
 */
public enum IdKind {
    PERSON,
    CASE,
    CONTACT,
    ASSESSMENT,
    INTERVENTION,
    EMPLOYEE;

    /**
     * {@code vinr-pseudonym-v1:<kind>:}. No prefix is a prefix of another (each ends in the only colon after
     * the kind), so the messages of different kinds never coincide whatever the values are. Changing it
     * changes every pseudonym, hence the version.
     */
    byte[] domainPrefix() {
        return ("vinr-pseudonym-v1:" + name().toLowerCase(Locale.ROOT) + ":").getBytes(StandardCharsets.US_ASCII);
    }
}
