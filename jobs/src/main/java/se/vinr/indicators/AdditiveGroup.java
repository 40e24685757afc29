package se.vinr.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of breakdown rows whose numerators (and denominators, where there are any) add up exactly to a
 * total row: every row {@code within;key=…} sums to the row {@code within}. Secondary suppression relies
 * on it, so an indicator declares a group only where the SQL guarantees the sum.
 *
 * @param key    the breakdown key whose values are the parts, e.g. {@code sex}
 * @param within the total the parts add up to: {@code all} or a breakdown such as {@code role=victim}
 */
public record AdditiveGroup(String key, String within) {

    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9_]*)(?:\\s+within\\s+(\\S+))?");

    public AdditiveGroup {
        Breakdown total = Breakdown.parse(within);
        if (total.get(key).isPresent()) {
            throw new IllegalArgumentException("'" + key + "' cannot add up within '" + within + "', which fixes it");
        }
    }

    /** Reads {@code method} (parts of {@code all}) or {@code sex within role=victim}. */
    public static AdditiveGroup parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "an additive group is 'key' or 'key within key=value', not '" + text.trim() + "'");
        }
        return new AdditiveGroup(m.group(1), m.group(2) == null ? Breakdown.ALL : m.group(2));
    }

    /** True for a row that is one of this group's parts. */
    public boolean isPart(Breakdown breakdown) {
        return breakdown.get(key).isPresent() && breakdown.without(key).text().equals(within);
    }

    /** True for the row the parts add up to. */
    public boolean isTotal(Breakdown breakdown) {
        return breakdown.text().equals(within);
    }
}
