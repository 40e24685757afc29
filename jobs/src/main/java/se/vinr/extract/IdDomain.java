package se.vinr.extract;

/**
 * The kind of an identifier; each kind hashes under its own domain prefix so that equal raw values of
 * different kinds never share a pseudonym (contract, section 3).
 */
public enum IdDomain {
    PERSON("vinr:person:"),
    CASE("vinr:case:"),
    CONTACT("vinr:contact:"),
    ASSESSMENT("vinr:assessment:"),
    INTERVENTION("vinr:intervention:"),
    EMPLOYEE("vinr:employee:");

    private final String prefix;

    IdDomain(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
