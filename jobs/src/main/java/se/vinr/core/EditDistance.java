package se.vinr.core;

/**
 * The Levenshtein distance between two words: how many single-letter insertions, deletions and
 * substitutions turn one into the other. Messages use it to suggest the word a user probably meant (a
 * misspelt code, an unknown indicator id) — and the extract to decide that a refused value is a misspelt
 * code and so safe to echo.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
