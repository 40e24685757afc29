package se.vinr.extract.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words the contract accepts for a boolean (section 2), compared ignoring case: {@code true/false},
 * {@code ja/nej}, {@code 1/0}, {@code j/n}. Used by validation and by the profile check of translations.
 */
public final class BooleanWords {

    private static final Set<String> TRUE = Set.of("true", "ja", "1", "j");
    private static final Set<String> FALSE = Set.of("false", "nej", "0", "n");
    /** Every accepted word, for showing a near miss in a message. */
    public static final List<String> WORDS = List.of("true", "false", "ja", "nej", "1", "0", "j", "n");

    private BooleanWords() {
    }

    /** The boolean a trimmed, non-empty word stands for; empty when it is not one of the words. */
    public static Optional<Boolean> parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(lower)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
