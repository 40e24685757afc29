package se.vinr.extract.pseudonym;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import se.vinr.extract.person.PersonId;

/**
 * Replaces identifiers by keyed hashes (docs/contract.md#3-pseudonymisation): HMAC-SHA-256 under the municipality's key
 * over {@code vinr-pseudonym-v1:<kind>:} followed by the normalised value in UTF-8, written as 64 lowercase
 * hex digits. The normalised value is the 12-digit form for a person, the value with surrounding white
 * space removed for every other kind. The same value, kind and key always give the same pseudonym, so a
 * person can be followed across periods; without the key nobody can recompute or reverse it.
 *
 * <p>Lowercase hex rather than base64url: it needs no escaping anywhere (CSV, SQL, file names), sorts and
 * compares the same in every tool, and the extra length costs little in compressed Parquet.
 *
 * <p>Not thread-safe: it holds one {@link Mac}, reused for every value, which is what makes it cheap.
 * Give each step (each thread) its own instance; creating one costs a key schedule, microseconds.
 */
public final class Pseudonymiser {

    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;
    private final byte[][] prefixes;

    public Pseudonymiser(PseudonymKey key) {
        this.mac = Objects.requireNonNull(key, "key").newMac();
        IdKind[] kinds = IdKind.values();
        this.prefixes = new byte[kinds.length][];
        for (IdKind kind : kinds) {
            prefixes[kind.ordinal()] = kind.domainPrefix();
        }
    }

    /** The pseudonym of a person, over its normalised 12-digit form. */
    public String pseudonymise(PersonId person) {
        return hash(IdKind.PERSON, person.normalised());
    }

    /**
     * The pseudonym of a case, contact, assessment, intervention or employee id, over the value with
     * surrounding white space removed.
     *
     * @throws IllegalArgumentException for {@link IdKind#PERSON} (use {@link #pseudonymise(PersonId)}, so
     *         that every written form of a person gives the same pseudonym) and for an empty value
     */
    public String pseudonymise(IdKind kind, String value) {
        if (kind == IdKind.PERSON) {
            throw new IllegalArgumentException("a person id is pseudonymised as a PersonId, in its normalised form");
        }
        String normalised = Objects.requireNonNull(value, "value").strip();
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("an empty " + kind.name().toLowerCase(Locale.ROOT) + " id has no pseudonym");
        }
        return hash(kind, normalised);
    }

    private String hash(IdKind kind, String normalised) {
        mac.update(prefixes[kind.ordinal()]);
        return HEX.formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    }
}
