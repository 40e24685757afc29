package se.vinr.extract.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

import se.vinr.extract.csv.Messages;
import se.vinr.core.EditDistance;

/**
 * The one masking function for every input value echoed in a message (rejects, logs, the job
 * history): a value is shown only when it cannot be anything personal, else it is described by its
 * length. An export with shifted columns can put a personal number or a name in any field, so a value
 * is shown only when it is short, holds no run of six digits and no control character, and either
 * resembles one of the words the field accepts (a misspelt code such as {@code Victim} or {@code ja.})
 * or, for a field without a word list (dates, numbers), consists of digits and punctuation alone. A
 * name never passes either test.
 */
public final class ValueDisplay {

    private static final int LONGEST_SHOWN = 40;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6,}");
    private static final Pattern DIGITS_AND_PUNCTUATION = Pattern.compile("[0-9 .,:/+\\-]+");

    private ValueDisplay() {
    }

    /**
     * The value as a message shows it.
     *
     * @param accepted the words the field accepts (its codes, the yes/no words); empty for dates and numbers
     */
    public static String of(String value, Collection<String> accepted, Messages messages) {
        return isShowable(value, accepted) ? messages.text("value.shown", value) : masked(value, messages);
    }

    /** The value described by its length alone. */
    public static String masked(String value, Messages messages) {
        return messages.text("value.masked", value == null ? 0 : value.codePointCount(0, value.length()));
    }

    static boolean isShowable(String value, Collection<String> accepted) {
        if (value == null || value.isEmpty() || value.length() > LONGEST_SHOWN || DIGIT_RUN.matcher(value).find()
                || value.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        if (accepted.isEmpty()) {
            return DIGITS_AND_PUNCTUATION.matcher(value).matches();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return accepted.stream().anyMatch(word -> resembles(lower, word.toLowerCase(Locale.ROOT)));
    }

    /** Within two edits of the accepted word (one for words of three letters or fewer). */
    private static boolean resembles(String value, String word) {
        int allowed = word.length() <= 3 ? 1 : 2;
        return Math.abs(value.length() - word.length()) <= allowed && EditDistance.between(value, word) <= allowed;
    }
}
