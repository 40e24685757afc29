package se.vinr.core;

import java.util.regex.Pattern;

/** SCB's four-digit municipality code, e.g. {@code 2280} for Härnösand; the key of every table. */
public record MunicipalityCode(String code) implements Comparable<MunicipalityCode> {

    private static final Pattern FORM = Pattern.compile("\\d{4}");

    public MunicipalityCode {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "the municipality must be SCB's four-digit code such as 2280, not '" + code + "'");
        }
    }

    public static MunicipalityCode parse(String text) {
        return new MunicipalityCode(text == null ? null : text.trim());
    }

    /** The county code, the first two digits. */
    public String county() {
        return code.substring(0, 2);
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
