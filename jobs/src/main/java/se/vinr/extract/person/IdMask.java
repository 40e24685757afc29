package se.vinr.extract.person;

/**
 * Describes a raw identifier in a form that is safe to print in a reject message or a log line.
 *
 * <p>The description holds nothing but the number of characters (capped at {@value #LONGEST_COUNTED}),
 * e.g. {@code (masked value, 11 characters)}: no digit, no letter and no separator of the value survives,
 * so it can reveal neither a personnummer nor any part of it. The length is kept because it is what a
 * person fixing an export needs most often (a cut-off or doubled id) and it says nothing about whom the
 * id belongs to.
 */
public final class IdMask {

    static final int LONGEST_COUNTED = 99;

    private IdMask() {
    }

    public static String mask(String raw) {
        if (raw == null || raw.isBlank()) {
            return "(empty value)";
        }
        int length = raw.codePointCount(0, raw.length());
        if (length > LONGEST_COUNTED) {
            return "(masked value, more than " + LONGEST_COUNTED + " characters)";
        }
        return "(masked value, " + length + (length == 1 ? " character)" : " characters)");
    }
}
