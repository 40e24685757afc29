package se.vinr.extract.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What may not stand in a name or free-text field ({@code invalid_text}, docs/contract.md#4-rejects): such a
 * value can become a label in a published table or chart, so a personal number, a control character
 * (a NUL byte included; tabs and line breaks, which quoted CSV values may hold, are white space and
 * allowed) or more than {@value #LONGEST} characters is refused. A kept free-text comment is
 * also refused when it holds what looks like a person's name (two or more capitalised words in a row).
 */
final class FreeText {

    /** The contract's limit on a name or free-text value, in characters. */
    static final int LONGEST = 200;

    /** Ten or twelve digits, with or without a separator, not part of a longer number: any personal number. */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(?:\\d{6}|\\d{8})[-+ ]?\\d{4}(?!\\d)");
    private static final Pattern NAME_LIKE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:[ -]+\\p{Lu}\\p{Ll}+)+\\b");

    enum Problem { PERSONAL_NUMBER, CONTROL_CHARACTER, TOO_LONG, NAME }

    private FreeText() {
    }

    /** The first problem of a unit, department or other name. */
    static Optional<Problem> checkName(String value) {
        return check(value);
    }

    /** The first problem of a free-text comment, which must not hold a name either. */
    static Optional<Problem> checkComment(String value) {
        Optional<Problem> problem = check(value);
        if (problem.isEmpty() && NAME_LIKE.matcher(value).find()) {
            return Optional.of(Problem.NAME);
        }
        return problem;
    }

    private static Optional<Problem> check(String value) {
        boolean control = value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        if (control) {
            return Optional.of(Problem.CONTROL_CHARACTER);
        }
        if (value.codePointCount(0, value.length()) > LONGEST) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (PERSONAL_NUMBER.matcher(value).find()) {
            return Optional.of(Problem.PERSONAL_NUMBER);
        }
        return Optional.empty();
    }
}
